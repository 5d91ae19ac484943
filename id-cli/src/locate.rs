//! Which manifest a command reads: `--manifest PATH`, or `id_manifest::find_manifest` from the working directory
//! (the directory, then each ancestor up to the workspace root, like the macro does from the crate directory).

use std::path::{Path, PathBuf};

use id_manifest::{FindError, Manifest};

use crate::output::Error;

/// A manifest file on disk and the name diagnostics give it.
#[derive(Clone, Debug)]
pub(crate) struct Located {
    /// Where to read it.
    pub(crate) path: PathBuf,
    /// As the user wrote it, or relative to the working directory when found by searching (`ids.toml`,
    /// `../ids.toml`).
    pub(crate) display: String,
}

/// The manifest named by `--manifest`, else the nearest `ids.toml` from the working directory.
pub(crate) fn locate(explicit: Option<&Path>) -> Result<Located, Error> {
    if let Some(path) = explicit {
        return Ok(Located {
            path: path.to_path_buf(),
            display: path.display().to_string(),
        });
    }
    let cwd = std::env::current_dir()
        .map_err(|error| Error::msg(format!("cannot read the working directory: {error}")))?;
    let path = id_manifest::find_manifest(&cwd).map_err(|error| not_found(&error))?;
    let display = id_manifest::relative_to(&path, &cwd);
    Ok(Located { path, display })
}

/// Locates and loads the manifest; an invalid one is an error carrying every diagnostic.
pub(crate) fn load(explicit: Option<&Path>) -> Result<(Located, Manifest), Error> {
    let located = locate(explicit)?;
    let manifest = id_manifest::load(&located.path, &located.display).map_err(Error::Manifest)?;
    Ok((located, manifest))
}

/// `FindError` names the paths searched; its help line is for the macro, so the CLI gives its own.
fn not_found(error: &FindError) -> Error {
    let mut message = format!("no {} found; searched:", id_manifest::MANIFEST_FILE_NAME);
    for path in &error.searched {
        message.push_str(&format!("\n  {}", path.display()));
    }
    message.push_str(
        "\nhelp: run `ids` in the directory of ids.toml or below it, or pass --manifest PATH",
    );
    Error::msg(message)
}
