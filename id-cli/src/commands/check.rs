//! `ids check`: the manifest's diagnostics, exactly as the macro gives them.

use std::path::Path;

use crate::locate;
use crate::output::{Error, Outcome, Paint, plural};

/// Loads the manifest: `FILE: N kinds OK` on stdout, or every diagnostic on stderr and exit 1.
pub(crate) fn run(manifest: Option<&Path>) -> Result<Outcome, Error> {
    let (located, manifest) = locate::load(manifest)?;
    let count = manifest.kinds.len();
    let paint = Paint::stdout();
    super::print(&format!(
        "{}: {count} {} {}\n",
        located.display,
        plural(count, "kind", "kinds"),
        paint.good("OK")
    ))?;
    Ok(Outcome::Success)
}
