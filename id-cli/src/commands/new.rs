//! `ids new KIND [-n N]`: new IDs, one per line.

use std::io::Write;
use std::path::Path;

use id_runtime::{DynamicId, IdBuf};

use crate::kinds::Kinds;
use crate::locate;
use crate::output::{self, Error, Outcome};

/// Prints `count` new IDs of `kind` (a kind name or prefix), as the kind's `uuid` version says.
pub(crate) fn run(manifest: Option<&Path>, kind: &str, count: u64) -> Result<Outcome, Error> {
    let (_, manifest) = locate::load(manifest)?;
    let kinds = Kinds::new(&manifest);
    let kind = kinds
        .by_key_or_prefix(kind)
        .map_err(|error| Error::msg(error.to_string()))?;
    if let Some(note) = &kind.deprecated {
        output::warn(format_args!("kind `{}` is deprecated: {note}", kind.key));
    }
    let mut out = super::stdout();
    let mut buf = IdBuf::new();
    for _ in 0..count {
        // The generator of the typed `new()`: v7 is strictly increasing within this process.
        let id = DynamicId::generate(&kind.prefix, kind.uuid_version).map_err(|error| {
            Error::msg(format!("prefix `{}` cannot be used: {error}", kind.prefix))
        })?;
        writeln!(out, "{}", id.encode(&mut buf))?;
    }
    out.flush()?;
    Ok(Outcome::Success)
}
