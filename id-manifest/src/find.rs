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

/// `path` relative to `base`, with `/` separators (`ids.toml`, `../ids.toml`), or `path` as it is when the two share
/// no ancestor. The macro (relative to the crate) and the `ids` command (relative to the working directory) name the
/// manifest with it, so their messages agree.
pub fn relative_to(path: &Path, base: &Path) -> String {
    let mut ups = 0;
    let mut ancestor = base;
    loop {
        if let Ok(rest) = path.strip_prefix(ancestor) {
            let mut parts = vec!["..".to_owned(); ups];
            parts.extend(
                rest.components()
                    .map(|part| part.as_os_str().to_string_lossy().into_owned()),
            );
            return parts.join("/");
        }
        match ancestor.parent() {
            Some(parent) => {
                ancestor = parent;
                ups += 1;
            }
            None => return path.display().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(
            relative_to(Path::new("/w/c/ids.toml"), Path::new("/w/c")),
            "ids.toml"
        );
        assert_eq!(
            relative_to(Path::new("/w/ids.toml"), Path::new("/w/c/d")),
            "../../ids.toml"
        );
        assert_eq!(
            relative_to(Path::new("ids.toml"), Path::new("/w")),
            "ids.toml"
        );
    }
}
