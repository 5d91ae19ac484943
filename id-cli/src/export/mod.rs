//! `ids export`: the manifest's kinds for consumers that are not Rust builds.

mod ecmascript;
mod json_schema;
mod python;
mod text;

use std::path::Path;

use crate::cli::{ExportArgs, Format};
use crate::locate;
use crate::output::{Error, Outcome};
use ecmascript::Dialect;

/// Generates `args.format` and writes it to `args.output` or stdout.
pub(crate) fn run(manifest: Option<&Path>, args: &ExportArgs) -> Result<Outcome, Error> {
    let (_, manifest) = locate::load(manifest)?;
    let text = match args.format {
        Format::Typescript => ecmascript::generate(&manifest, Dialect::TypeScript),
        Format::Javascript => ecmascript::generate(&manifest, Dialect::JavaScript),
        Format::Python => python::generate(&manifest),
        Format::JsonSchema => json_schema::generate(&manifest),
    };
    match &args.output {
        Some(path) => std::fs::write(path, text)
            .map_err(|error| Error::msg(format!("cannot write {}: {error}", path.display())))?,
        None => crate::commands::print(&text)?,
    }
    Ok(Outcome::Success)
}
