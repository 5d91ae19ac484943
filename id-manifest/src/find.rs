//! Finds `ids.toml` for a crate: in the crate directory, then each ancestor up to the workspace root.

use std::fmt;
use std::path::{Path, PathBuf};

/// The manifest's file name.
pub const MANIFEST_FILE_NAME: &str = "ids.toml";

/// No `ids.toml` was found; lists every path tried, nearest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindError {
    /// Every `…/ids.toml` path checked, from the crate directory up.
    pub searched: Vec<PathBuf>,
}

impl fmt::Display for FindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no {MANIFEST_FILE_NAME} found; searched:")?;
        for path in &self.searched {
            write!(f, "\n  {}", path.display())?;
        }
        write!(
            f,
            "\nhelp: create {MANIFEST_FILE_NAME} in the crate or workspace root, \
             or pass a path: #[ids(\"path/to/{MANIFEST_FILE_NAME}\")]"
        )
    }
}

impl std::error::Error for FindError {}

/// The `ids.toml` nearest to `crate_dir` (usually `CARGO_MANIFEST_DIR`, an absolute path).
///
/// Looks in `crate_dir`, then in each ancestor, and stops after the workspace root (the first directory whose
/// `Cargo.toml` has a `[workspace]` table) so that a manifest outside the workspace is never picked up by accident.
pub fn find_manifest(crate_dir: &Path) -> Result<PathBuf, FindError> {
    let mut searched = Vec::new();
    let mut dir = Some(crate_dir);
    while let Some(current) = dir {
        let candidate = current.join(MANIFEST_FILE_NAME);
        if candidate.is_file() {
            return Ok(candidate);
        }
        searched.push(candidate);
        if is_workspace_root(current) {
            break;
        }
        // `Path::new("a").parent()` is `Some("")`: stop there rather than search the working directory.
        dir = current
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty());
    }
    Err(FindError { searched })
}

/// Whether `dir/Cargo.toml` exists, parses, and has a top-level `[workspace]` table.
fn is_workspace_root(dir: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
        return false;
    };
    let Ok(root) = toml::de::DeTable::parse(&text) else {
        return false;
    };
    root.get_ref()
        .get("workspace")
        .is_some_and(|value| value.get_ref().is_table())
}
