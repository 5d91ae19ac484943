//! Where `#[ids("path")]` points when the compiler does not say which file holds the attribute.
//!
//! Under cargo the path is relative to the file holding the attribute, like `include_str!`. rust-analyzer's
//! proc-macro server gives no `Span::local_file()`, so the macro cannot know that file there. It then tries the path
//! against every directory of the crate that holds a `.rs` file: one match is the answer; among several, the
//! directories with a `.rs` file that spells the attribute's string literal win; if that still leaves several, the
//! error lists them. A crate whose path forms resolve under cargo therefore resolves the same file in the editor,
//! from any module depth.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// How many directories the search visits before it gives up, so that an editor never hangs on a huge tree.
const MAX_DIRECTORIES: usize = 20_000;

/// `relative` matched no file, or several, relative to the crate's source directories.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// No source directory of the crate has `relative` below it.
    NotFound {
        /// The path as the attribute wrote it.
        relative: String,
        /// The crate directory whose source directories were tried.
        crate_dir: PathBuf,
    },
    /// Several source directories have a file at `relative`, and the attribute's literal does not tell them apart.
    Ambiguous {
        /// The path as the attribute wrote it.
        relative: String,
        /// Every file it could mean, sorted.
        candidates: Vec<PathBuf>,
    },
    /// The crate has more directories than the search visits (20,000); it stopped.
    TooManyDirectories {
        /// The crate directory.
        crate_dir: PathBuf,
    },
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolveError::NotFound {
                relative,
                crate_dir,
            } => write!(
                f,
                "manifest `{relative}` not found relative to any directory of {} that holds a .rs file \
                 (the path is relative to the file holding the attribute)",
                crate_dir.display()
            ),
            ResolveError::Ambiguous {
                relative,
                candidates,
            } => {
                write!(
                    f,
                    "manifest `{relative}` is ambiguous without the calling file's path (as in rust-analyzer); \
                     it could be:"
                )?;
                for candidate in candidates {
                    write!(f, "\n  {}", candidate.display())?;
                }
                write!(
                    f,
                    "\nhelp: rename one of these files, or write a path that exists from only one directory of the \
                     crate that holds a .rs file"
                )
            }
            ResolveError::TooManyDirectories { crate_dir } => write!(
                f,
                "cannot resolve the manifest path without the calling file's path: {} has more than \
                 {MAX_DIRECTORIES} directories",
                crate_dir.display()
            ),
        }
    }
}

impl std::error::Error for ResolveError {}

/// The file `relative` names, tried against every directory below `crate_dir` that holds a `.rs` file.
///
/// `literal` is the attribute's string literal as written in source (`"kinds.toml"`, quotes included): among
/// several matches, only directories with a `.rs` file containing it are kept. Hidden directories, nested packages
/// (a `Cargo.toml` of their own) and build output (a `CACHEDIR.TAG`, as in `target/`) are not searched.
pub fn resolve_without_source_file(
    crate_dir: &Path,
    relative: &str,
    literal: Option<&str>,
) -> Result<PathBuf, ResolveError> {
    search(crate_dir, relative, literal, MAX_DIRECTORIES)
}

/// [`resolve_without_source_file`], giving up after `max_directories` directories: the tests use a small limit.
fn search(
    crate_dir: &Path,
    relative: &str,
    literal: Option<&str>,
    max_directories: usize,
) -> Result<PathBuf, ResolveError> {
    let mut matches: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut pending = vec![crate_dir.to_path_buf()];
    let mut visited = 0;
    while let Some(dir) = pending.pop() {
        visited += 1;
        if visited > max_directories {
            return Err(ResolveError::TooManyDirectories {
                crate_dir: crate_dir.to_path_buf(),
            });
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut holds_rust = false;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if !name.starts_with('.') && is_source_dir(&path) {
                    pending.push(path);
                }
            } else if name.ends_with(".rs") {
                holds_rust = true;
            }
        }
        let candidate = dir.join(relative);
        if holds_rust && candidate.is_file() {
            // `src/a/../ids.toml` and `src/ids.toml` are one file: keep the first spelling of each.
            let key = candidate
                .canonicalize()
                .unwrap_or_else(|_| candidate.clone());
            if seen.insert(key) {
                matches.push((dir, candidate));
            }
        }
    }
    if let (true, Some(literal)) = (matches.len() > 1, literal) {
        let spelled: Vec<_> = matches
            .iter()
            .filter(|(dir, _)| spells(dir, literal))
            .cloned()
            .collect();
        if !spelled.is_empty() {
            matches = spelled;
        }
    }
    match matches.len() {
        0 => Err(ResolveError::NotFound {
            relative: relative.to_owned(),
            crate_dir: crate_dir.to_path_buf(),
        }),
        1 => Ok(matches.remove(0).1),
        _ => {
            let mut candidates: Vec<_> = matches.into_iter().map(|(_, file)| file).collect();
            candidates.sort();
            Err(ResolveError::Ambiguous {
                relative: relative.to_owned(),
                candidates,
            })
        }
    }
}

/// A directory below the crate that may hold its modules: not another package, not build output.
fn is_source_dir(dir: &Path) -> bool {
    !dir.join("Cargo.toml").is_file() && !dir.join("CACHEDIR.TAG").is_file()
}

/// Whether a `.rs` file directly in `dir` contains `literal`.
fn spells(dir: &Path, literal: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|entry| {
        entry.file_name().to_string_lossy().ends_with(".rs")
            && std::fs::read_to_string(entry.path()).is_ok_and(|text| text.contains(literal))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search visits `max_directories` directories, counting the crate's own, and gives up at the next one,
    /// naming the crate.
    #[test]
    fn the_search_gives_up_after_its_limit() {
        let root =
            std::env::temp_dir().join(format!("id-manifest-search-limit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        for i in 0..9 {
            std::fs::create_dir(root.join(format!("d{i}"))).unwrap();
        }
        let found = search(&root, "ids.toml", None, 10);
        assert!(
            matches!(found, Err(ResolveError::NotFound { .. })),
            "{found:?}"
        );
        std::fs::create_dir(root.join("d9")).unwrap();
        let found = search(&root, "ids.toml", None, 10);
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(
            found,
            Err(ResolveError::TooManyDirectories { crate_dir: root })
        );
    }
}
