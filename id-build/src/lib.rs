//! The build-script side of `#[id_runtime::ids]`: writes the annotated module to `OUT_DIR`, so that an editor sees
//! a kind added to `ids.toml` as soon as the manifest is saved.
//!
//! rust-analyzer expands an attribute macro again only when the tokens of the annotated item change; it cannot know
//! that `#[ids]` read `ids.toml` (see `docs/editor.md` in the repository). The module written here carries a
//! fingerprint of the manifest's bytes, so every edit of the manifest changes the item, and cargo reruns this build
//! script on every edit of the manifest (`cargo:rerun-if-changed`): rust-analyzer's check on save does, and the
//! new file is what it reads.
//!
//! ```no_run
//! // build.rs, with `id-build` in [build-dependencies]
//! fn main() -> Result<(), id_build::Error> {
//!     id_build::IdsModule::new().write()?;
//!     Ok(())
//! }
//! ```
//!
//! and in the crate, where `#[id_runtime::ids] pub mod ids {}` would go:
//!
//! ```ignore
//! include!(concat!(env!("OUT_DIR"), "/ids.rs"));
//! ```
//!
//! The manifest is found as `#[ids]` finds it (in the crate directory, then its ancestors up to the workspace root),
//! and the macro still reads and checks it: mistakes in it are the same compile errors at the same place.

#![forbid(unsafe_code)]

use std::fmt;
use std::path::PathBuf;

// The crate README's examples are doctests too, so it cannot rot.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
struct ReadmeDoctests;

/// The file written into `OUT_DIR`.
pub const MODULE_FILE_NAME: &str = "ids.rs";

/// What to write: the module's name, and its path from the crate root when it is not at the root.
#[derive(Clone, Debug)]
pub struct IdsModule {
    name: String,
    module_path: Option<String>,
}

impl Default for IdsModule {
    fn default() -> Self {
        Self::new()
    }
}

impl IdsModule {
    /// `pub mod ids`, included at the crate root.
    pub fn new() -> Self {
        Self {
            name: "ids".to_owned(),
            module_path: None,
        }
    }

    /// Names the module (`pub mod kinds`) instead of `ids`.
    pub fn name(mut self, name: &str) -> Self {
        name.clone_into(&mut self.name);
        self
    }

    /// The module's path when the `include!` is not at the crate root, as `#[ids(module = …)]` takes it:
    /// `"crate::infra::ids"`.
    pub fn module_path(mut self, path: &str) -> Self {
        self.module_path = Some(path.to_owned());
        self
    }

    /// Writes `$OUT_DIR/ids.rs` and tells cargo to run the build script again when the manifest changes; returns
    /// the path written. Run from a build script: it needs cargo's `OUT_DIR` and `CARGO_MANIFEST_DIR`.
    pub fn write(&self) -> Result<PathBuf, Error> {
        let out_dir = env_dir("OUT_DIR")?;
        let crate_dir = env_dir("CARGO_MANIFEST_DIR")?;
        let manifest = match id_manifest::find_manifest(&crate_dir) {
            Ok(path) => {
                println!("cargo:rerun-if-changed={}", path.display());
                Some(std::fs::read(&path).map_err(|error| Error::Read(path, error))?)
            }
            // The macro reports the missing manifest, with the paths it tried: one message, from one place. Cargo
            // runs the build script again once one of them exists.
            Err(not_found) => {
                for path in &not_found.searched {
                    println!("cargo:rerun-if-changed={}", path.display());
                }
                None
            }
        };
        let path = out_dir.join(MODULE_FILE_NAME);
        let source = self.source(manifest.as_deref());
        // Unchanged contents are not written again, so that an editor watching OUT_DIR has nothing to re-read.
        if std::fs::read(&path).ok().as_deref() != Some(source.as_bytes()) {
            std::fs::write(&path, source).map_err(|error| Error::Write(path.clone(), error))?;
        }
        Ok(path)
    }

    /// The module's source for a manifest with these bytes (`None`: no manifest was found).
    fn source(&self, manifest: Option<&[u8]>) -> String {
        let fingerprint = manifest.map_or_else(
            || format!("{}none", id_manifest::FINGERPRINT_PREFIX),
            id_manifest::fingerprint,
        );
        let args = match &self.module_path {
            Some(path) => format!("(module = {path})"),
            None => String::new(),
        };
        let name = &self.name;
        // expands to: #[::id_runtime::ids] pub mod ids { const _: &str = "ids.toml fnv1a-64 …"; }
        format!(
            "// Written by id-build from the manifest; changes with each edit of it. Do not edit.\n\
             #[::id_runtime::ids{args}]\n\
             pub mod {name} {{\n    \
                 const _: &::core::primitive::str = \"{fingerprint}\";\n\
             }}\n"
        )
    }
}

fn env_dir(name: &'static str) -> Result<PathBuf, Error> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .ok_or(Error::NotInBuildScript(name))
}

/// Why the module could not be written.
#[derive(Debug)]
pub enum Error {
    /// A variable cargo sets for build scripts is missing: not run by cargo as a build script.
    NotInBuildScript(&'static str),
    /// The manifest exists but could not be read.
    Read(PathBuf, std::io::Error),
    /// The module could not be written into `OUT_DIR`.
    Write(PathBuf, std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotInBuildScript(name) => write!(
                f,
                "{name} is not set: call id_build::IdsModule::write from a build script (build.rs), which cargo runs"
            ),
            Self::Read(path, error) => write!(f, "cannot read {}: {error}", path.display()),
            Self::Write(path, error) => write!(f, "cannot write {}: {error}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::NotInBuildScript(_) => None,
            Self::Read(_, error) | Self::Write(_, error) => Some(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_changes_with_every_byte_of_the_manifest() {
        let module = IdsModule::new();
        let before = module.source(Some(b"[types.user]\n"));
        let after = module.source(Some(b"[types.user]\n[types.job]\n"));
        assert_ne!(before, after);
        assert_eq!(before, module.source(Some(b"[types.user]\n")));
        assert!(
            before.contains("#[::id_runtime::ids]\npub mod ids {\n"),
            "{before}"
        );
    }

    #[test]
    fn the_name_and_the_module_path_reach_the_attribute() {
        let source = IdsModule::new()
            .name("kinds")
            .module_path("crate::infra::kinds")
            .source(None);
        assert!(
            source.contains("#[::id_runtime::ids(module = crate::infra::kinds)]\npub mod kinds {"),
            "{source}"
        );
        assert!(source.contains("\"ids.toml fnv1a-64 none\""), "{source}");
    }

    #[test]
    fn outside_a_build_script_it_says_so() {
        // The test harness is not a build script: cargo sets no OUT_DIR when it runs it.
        let error = IdsModule::new().write().unwrap_err();
        assert!(
            error.to_string().starts_with(
                "OUT_DIR is not set: call id_build::IdsModule::write from a build script"
            ),
            "{error}"
        );
    }
}
