//! `ids`: check, list, generate, inspect, compare and export the `ids.toml` manifest of ID kinds.
//!
//! Every rule about the manifest lives in `id-manifest` and every rule about ID text in `id-runtime`; this crate
//! only finds files, calls them, and prints. See `ids --help` and `docs/command-line.md`.

#![forbid(unsafe_code)]

mod cli;
mod commands;
mod diff;
mod export;
mod kinds;
mod locate;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crate::output::{Error, Outcome, Paint};

fn main() -> ExitCode {
    // Usage errors exit with 2 and `--help`/`--version` with 0, both from clap.
    let cli = cli::Cli::parse();
    let result = commands::run(cli);
    let stderr = Paint::stderr();
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::from(1),
        // `ids new run -n 1000 | head -1`: the reader is gone, which is not an error of ours.
        Err(Error::Io(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(error) => {
            output::report_error(&stderr, &error);
            ExitCode::from(1)
        }
    }
}
