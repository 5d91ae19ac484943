//! One file per subcommand; `run` dispatches.

mod check;
mod inspect;
mod list;
mod new;

use std::io::{self, BufWriter, Write};

use crate::cli::{Cli, Command};
use crate::output::{Error, Outcome};

/// Runs the parsed command line.
pub(crate) fn run(cli: Cli) -> Result<Outcome, Error> {
    let manifest = cli.manifest.as_deref();
    match cli.command {
        Command::Check => check::run(manifest),
        Command::List { json } => list::run(manifest, json),
        Command::New { kind, count } => new::run(manifest, &kind, count),
        Command::Inspect { ids, json } => inspect::run(manifest, &ids, json),
        Command::Diff(args) => crate::diff::run(manifest, &args),
        Command::Export(args) => crate::export::run(manifest, &args),
    }
}

/// Buffered stdout; callers flush, so that a write error is returned rather than lost in `Drop`.
pub(crate) fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

/// Writes `text` to stdout and flushes.
pub(crate) fn print(text: &str) -> Result<(), Error> {
    let mut out = stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}
