//! Proc macros behind `id-runtime`. Depend on `id-runtime` and write `#[id_runtime::ids]`, not this crate.
//!
//! This crate is a shim: it finds `ids.toml`, asks `id-manifest` whether it is valid, and turns the model into
//! tokens. All manifest rules live in `id-manifest`, so the macro and the `ids` command agree. It never panics:
//! every problem becomes a `compile_error!` plus a skeleton of the items, so one mistake gives one error.

#![forbid(unsafe_code)]

mod args;
mod covers_all;
mod editor;
mod exhaustive;
mod expand;
mod fallback;
mod locate;
mod unknown_id_type;

use proc_macro::TokenStream;

/// Generates `IdType`, one newtype per kind, `AnyId`, `IdTable`, the visitor traits, `id_type!` and
/// `for_each_id_type!` from `ids.toml` into the annotated inline module.
///
/// `#[ids]` finds `ids.toml` in the crate directory or its ancestors up to the workspace root;
/// `#[ids("path/ids.toml")]` reads a path relative to the file holding the attribute, like `include_str!`.
/// A module that is not at the crate root names its path for the generated macros:
/// `#[ids(module = crate::infra::ids)]`.
#[proc_macro_attribute]
pub fn ids(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::ids(args.into(), input.into(), call_site_file()).into()
}

/// Forbids catch-all arms in matches on `IdType` or `AnyId` inside a fn, impl block, trait or inline module.
#[proc_macro_attribute]
pub fn exhaustive(args: TokenStream, input: TokenStream) -> TokenStream {
    exhaustive::exhaustive(args.into(), input.into()).into()
}

/// Checks that an enum, struct or impl block has exactly one variant, field or method per kind of `ids.toml`.
#[proc_macro_attribute]
pub fn covers_all(args: TokenStream, input: TokenStream) -> TokenStream {
    covers_all::covers_all(args.into(), input.into(), call_site_file()).into()
}

/// The file holding the attribute, where the compiler says (cargo on Rust 1.88 and later; not rust-analyzer).
/// Without it, a relative manifest path is found as `id_manifest::resolve_without_source_file` says.
fn call_site_file() -> Option<std::path::PathBuf> {
    // build.rs sets `span_local_file` only where the compiler has it.
    #[cfg(span_local_file)]
    #[allow(clippy::incompatible_msrv)]
    let file = proc_macro::Span::call_site().local_file();
    #[cfg(not(span_local_file))]
    let file = None;
    file
}

/// The error of `id_type!(rn)`: called by the generated `id_type!`, not by hand.
#[doc(hidden)]
#[proc_macro]
pub fn __unknown_id_type(input: TokenStream) -> TokenStream {
    unknown_id_type::expand(input.into()).into()
}
