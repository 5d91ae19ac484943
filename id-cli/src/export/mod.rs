//! `ids export`: the manifest's kinds for consumers that are not Rust builds.

mod ecmascript;
mod html;
mod json_schema;
mod postgres;
mod python;
mod text;
mod zod;

use std::path::Path;

use crate::cli::{ExportArgs, Format};
use crate::locate;
use crate::output::{Error, Outcome};
use ecmascript::Dialect;
pub(crate) use postgres::schema_name;

/// Generates `args.format` and writes it to `args.output` or stdout.
pub(crate) fn run(manifest: Option<&Path>, args: &ExportArgs) -> Result<Outcome, Error> {
    if args.schema.is_some() && args.format != Format::Postgres {
        crate::cli::usage_error("--schema applies only to --format postgres");
    }
    let (_, manifest) = locate::load(manifest)?;
    let text = match args.format {
        Format::Typescript => ecmascript::generate(&manifest, Dialect::TypeScript),
        Format::Javascript => ecmascript::generate(&manifest, Dialect::JavaScript),
        Format::Python => python::generate(&manifest),
        Format::JsonSchema => json_schema::generate(&manifest),
        Format::Postgres => postgres::generate(
            &manifest,
            args.schema.as_deref().unwrap_or(postgres::DEFAULT_SCHEMA),
        )
        .map_err(Error::msg)?,
        Format::Zod => zod::generate(&manifest),
        Format::Html => html::generate(&manifest),
    };
    match &args.output {
        Some(path) => std::fs::write(path, text)
            .map_err(|error| Error::msg(format!("cannot write {}: {error}", path.display())))?,
        None => crate::commands::print(&text)?,
    }
    Ok(Outcome::Success)
}
