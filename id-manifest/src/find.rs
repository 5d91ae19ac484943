//! Finds `ids.toml` for a crate: in the crate directory, then each ancestor up to the root of the crate's cargo
//! workspace, exactly as far as cargo itself looks for a workspace.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use toml::de::DeTable;

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

/// The `ids.toml` nearest to `start` (the macro passes `CARGO_MANIFEST_DIR`, the `ids` command its working
/// directory).
///
/// Looks in `start`, then in each ancestor, and stops after [`search_root`]: the root of the cargo workspace that
/// `start` belongs to, or the package itself when it is in no workspace. A manifest outside the workspace is
/// never picked up by accident.
pub fn find_manifest(start: &Path) -> Result<PathBuf, FindError> {
    let root = search_root(start);
    let mut searched = Vec::new();
    for dir in start.ancestors() {
        // `Path::new("a").parent()` is `Some("")`: stop there rather than search the working directory.
        if dir.as_os_str().is_empty() {
            break;
        }
        let candidate = dir.join(MANIFEST_FILE_NAME);
        if candidate.is_file() {
            return Ok(candidate);
        }
        searched.push(candidate);
        if dir == root {
            break;
        }
    }
    Err(FindError { searched })
}

/// The last directory [`find_manifest`] searches from `start`, following cargo's own rules:
///
/// - the package is the nearest directory at or above `start` with a `Cargo.toml`;
/// - its workspace root is the package itself when its `Cargo.toml` has `[workspace]`, the directory named by
///   `package.workspace` when it sets one, else the nearest ancestor whose `Cargo.toml` has a `[workspace]` table
///   that does not `exclude` the package;
/// - with no such ancestor, the package is its own workspace root (as cargo treats it);
/// - with no `Cargo.toml` at all (the `ids` command run in a project that is not Rust), the nearest directory with
///   `.git`, else `start` itself.
///
/// A `Cargo.toml` that does not parse is not a workspace root (cargo would report it; we keep looking).
pub fn search_root(start: &Path) -> PathBuf {
    let Some(package) = start
        .ancestors()
        .take_while(|dir| !dir.as_os_str().is_empty())
        .find(|dir| dir.join("Cargo.toml").is_file())
    else {
        return start
            .ancestors()
            .take_while(|dir| !dir.as_os_str().is_empty())
            .find(|dir| dir.join(".git").exists())
            .unwrap_or(start)
            .to_path_buf();
    };
    if let Some(own) = CargoToml::read(package) {
        if own.workspace.is_some() {
            return package.to_path_buf();
        }
        if let Some(explicit) = own.package_workspace {
            return normalize(&package.join(explicit));
        }
    }
    package
        .ancestors()
        .skip(1)
        .take_while(|dir| !dir.as_os_str().is_empty())
        .find(|dir| {
            CargoToml::read(dir)
                .and_then(|cargo_toml| cargo_toml.workspace)
                .is_some_and(|exclude| !excludes(&exclude, dir, package))
        })
        .unwrap_or(package)
        .to_path_buf()
}

/// What the search needs of a `Cargo.toml`.
struct CargoToml {
    /// A top-level `[workspace]` table, with its `exclude` list.
    workspace: Option<Vec<String>>,
    /// `[package] workspace = "../.."`.
    package_workspace: Option<String>,
}

impl CargoToml {
    /// `dir/Cargo.toml`, or `None` when it is missing or does not parse.
    fn read(dir: &Path) -> Option<Self> {
        let text = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
        let root = DeTable::parse(&text).ok()?.into_inner();
        let table = |key: &str| root.get(key).and_then(|value| value.get_ref().as_table());
        let workspace = table("workspace").map(|workspace| {
            workspace
                .get("exclude")
                .and_then(|value| value.get_ref().as_array())
                .into_iter()
                .flatten()
                .filter_map(|entry| entry.get_ref().as_str().map(str::to_owned))
                .collect()
        });
        let package_workspace = table("package")
            .and_then(|package| package.get("workspace"))
            .and_then(|value| value.get_ref().as_str())
            .map(str::to_owned);
        Some(CargoToml {
            workspace,
            package_workspace,
        })
    }
}

/// Whether an `exclude` entry of the workspace at `root` names `package` or a directory above it.
fn excludes(exclude: &[String], root: &Path, package: &Path) -> bool {
    let package = normalize(package);
    exclude
        .iter()
        .any(|entry| package.starts_with(normalize(&root.join(entry))))
}

/// `a/b/../c/.` as `a/c`, without touching the file system (the directories may not exist yet in tests).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            Component::ParentDir
            | Component::Prefix(_)
            | Component::RootDir
            | Component::Normal(_) => {
                out.push(component.as_os_str());
            }
        }
    }
    out
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

    #[test]
    fn normalize_folds_dots_lexically() {
        assert_eq!(normalize(Path::new("/a/b/../c/./d")), Path::new("/a/c/d"));
        assert_eq!(normalize(Path::new("../x")), Path::new("../x"));
    }
}
