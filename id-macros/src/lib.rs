//! Proc macros behind `id-runtime`. Depend on `id-runtime` and write `#[id_runtime::ids]`, not this crate.
//!
//! This crate is a shim: it finds `ids.toml`, asks `id-manifest` whether it is valid, and turns the model into
//! tokens. All manifest rules live in `id-manifest`, so the macro and the `ids` command agree. It never panics:
//! every problem becomes a `compile_error!` plus a skeleton of the items, so one mistake gives one error.

mod args;
mod expand;
mod fallback;
mod locate;

use proc_macro::TokenStream;

/// Generates `IdType`, one newtype per kind, and `AnyId` from `ids.toml` into the annotated inline module.
///
/// `#[ids]` finds `ids.toml` in the crate directory or its ancestors up to the workspace root;
/// `#[ids("path/ids.toml")]` reads a path relative to the file holding the attribute, like `include_str!`.
#[proc_macro_attribute]
pub fn ids(args: TokenStream, input: TokenStream) -> TokenStream {
    let call_site_file = proc_macro::Span::call_site().local_file();
    expand::ids(args.into(), input.into(), call_site_file).into()
}
