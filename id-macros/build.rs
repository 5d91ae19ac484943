//! Tells the macros whether `proc_macro::Span::local_file` exists (Rust 1.88). Before it, `#[ids("path")]` finds
//! its file the way it does under rust-analyzer, which gives no file either (id-manifest's `resolve.rs`).

use std::env;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=RUSTC");
    println!("cargo:rustc-check-cfg=cfg(span_local_file)");
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let minor = Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .and_then(|output| minor_version(&String::from_utf8_lossy(&output.stdout)));
    // An unreadable version is taken as new: every toolchain this crate is tested on says which it is.
    if minor.is_none_or(|minor| minor >= 88) {
        println!("cargo:rustc-cfg=span_local_file");
    }
}

/// `95` of `rustc 1.95.0 (59807616e 2026-04-14)` or `rustc 1.96.0-nightly (…)`.
fn minor_version(version: &str) -> Option<u32> {
    let number = version.split_whitespace().nth(1)?;
    let mut parts = number.split('.');
    if parts.next()? != "1" {
        return None;
    }
    parts.next()?.parse().ok()
}
