//! `macro-time FILE.mm_profdata`: prints `proc_macro_ms expand_crate_ms` for one rustc `-Zself-profile` run.
//!
//! `expand_proc_macro` is rustc's own timer around each proc-macro call (for a crate holding one `#[ids]` module
//! and no other proc macro, that is `#[ids]` alone); `expand_crate` is the whole expansion phase, which adds the
//! built-in derives and `macro_rules!` calls that the expansion contains.

use std::path::Path;
use std::process::ExitCode;

use analyzeme::ProfilingData;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: macro-time FILE.mm_profdata");
        return ExitCode::FAILURE;
    };
    let data = match ProfilingData::new(Path::new(&path)) {
        Ok(data) => data,
        Err(error) => {
            eprintln!("macro-time: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let (mut proc_macro, mut expand_crate) = (0u128, 0u128);
    for event in data.iter_full() {
        let nanos = event.duration().map_or(0, |d| d.as_nanos());
        match &*event.label {
            "expand_proc_macro" => proc_macro += nanos,
            "expand_crate" => expand_crate += nanos,
            _ => {}
        }
    }
    println!(
        "{:.1} {:.1}",
        proc_macro as f64 / 1e6,
        expand_crate as f64 / 1e6
    );
    ExitCode::SUCCESS
}
