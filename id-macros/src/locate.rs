//! Where the manifest is: an explicit path relative to the calling file, or a search from the crate directory.

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::LitStr;

/// A manifest found on disk, with how to name it to the user and how to make cargo track it.
pub(crate) struct Located {
    /// Where to read it.
    pub(crate) path: PathBuf,
    /// How diagnostics and docs name it: the attribute's string, or the path relative to the crate directory.
    pub(crate) display: String,
    /// An expression for `include_bytes!`, so that editing the manifest rebuilds the crate. It never holds an
    /// absolute path of this machine: a relative path (resolved like ours, from the calling file) or
    /// `concat!(env!("CARGO_MANIFEST_DIR"), …)`.
    pub(crate) include: TokenStream,
}

/// The manifest an attribute names (`#[ids("path")]`, `#[covers_all("path")]`) or, without a path, the nearest
/// `ids.toml`. Every attribute that reads the manifest goes through here, so they all find the same file.
pub(crate) fn manifest(
    path: Option<&LitStr>,
    call_site_file: Option<PathBuf>,
) -> syn::Result<Located> {
    let located = match path {
        Some(path) => explicit(path, call_site_file),
        None => search(),
    };
    located.map_err(|message| {
        let span = path.map_or_else(Span::call_site, LitStr::span);
        syn::Error::new(span, message)
    })
}

/// Resolves `#[ids("path")]` against the directory of the file holding the attribute, or, where the compiler does
/// not say which file that is (rust-analyzer), against each source directory of the crate
/// (`id_manifest::resolve_without_source_file`).
fn explicit(literal: &LitStr, call_site_file: Option<PathBuf>) -> Result<Located, String> {
    let relative = literal.value();
    let path = match call_site_file {
        Some(file) => {
            let file = absolute(&file);
            let path = file.parent().unwrap_or(Path::new("")).join(&relative);
            if !path.is_file() {
                return Err(format!(
                    "manifest `{relative}` not found: looked for {} (the path is relative to the file holding the \
                     attribute)",
                    path.display()
                ));
            }
            path
        }
        None => {
            let spelled = literal.token().to_string();
            id_manifest::resolve_without_source_file(&crate_dir()?, &relative, Some(&spelled))
                .map_err(|error| error.to_string())?
        }
    };
    Ok(Located {
        path,
        display: relative.clone(),
        include: quote!(#relative),
    })
}

/// Finds `ids.toml` from the crate directory upwards, like `id_manifest::find_manifest`.
fn search() -> Result<Located, String> {
    let crate_dir = crate_dir()?;
    let path = id_manifest::find_manifest(&crate_dir).map_err(|error| error.to_string())?;
    let relative = id_manifest::relative_to(&path, &crate_dir);
    let display = relative.clone();
    let suffix = format!("/{relative}");
    Ok(Located {
        path,
        display,
        include: quote!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), #suffix)),
    })
}

fn crate_dir() -> Result<PathBuf, String> {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .ok_or_else(|| "CARGO_MANIFEST_DIR is not set: build with cargo, or name the manifest: #[ids(\"ids.toml\")]".into())
}

/// `file` made absolute against rustc's working directory, which is what a relative source path is relative to.
fn absolute(file: &Path) -> PathBuf {
    if file.is_absolute() {
        return file.to_path_buf();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(file),
        Err(_) => file.to_path_buf(),
    }
}
