//! Loads and validates `ids.toml`, the one manifest of every ID kind in a workspace.
//!
//! This crate is shared by the `#[ids]` proc macro, the tests and the `ids` command, so that all of them say exactly
//! the same thing about the same file. It never generates code.
//!
//! ```
//! let manifest = id_manifest::parse("[types.run]\ndoc = \"One run.\"\n", "ids.toml").unwrap();
//! assert_eq!(manifest.kinds[0].prefix, "run");
//! assert_eq!(manifest.kinds[0].names.type_name, "RunId");
//! ```
//!
//! Errors are accumulated: a manifest with three mistakes gives three [`Diagnostic`]s, each rendered as
//! `ids.toml:LINE:COL: message` with a `help:` line where a fix can be suggested.

#![forbid(unsafe_code)]

mod diagnostic;
mod find;
mod fingerprint;
mod model;
mod names;
mod parse;
mod prefix;
mod read;
mod resolve;
mod suggest;
mod validate;
mod values;

pub use diagnostic::{Diagnostic, Location};
pub use find::{FindError, MANIFEST_FILE_NAME, find_manifest, relative_to, search_root};
pub use fingerprint::{FINGERPRINT_PREFIX, fingerprint};
/// The TypeID grammar and the link templates the manifest is checked against, from `id-grammar`.
pub use id_grammar::{
    LINK_PLACEHOLDERS, LinkError, LinkPart, MAX_PREFIX_LEN, PrefixError, UuidVersion, check_link,
    check_prefix, link_parts,
};
pub use model::{Kind, Manifest, RustNames};
pub use parse::{Failure, load, parse, parse_bytes};
pub use resolve::{ResolveError, resolve_without_source_file};
pub use suggest::quoted_list;

// The crate README's examples are doctests too, so it cannot rot.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
struct ReadmeDoctests;
