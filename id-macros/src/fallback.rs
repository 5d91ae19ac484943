//! What to emit when the input is wrong: the errors, plus a skeleton of the items.
//!
//! The skeleton holds `IdType`, `AnyId`, `IdTable`, the visitors, `id_type!` and the newtypes of every kind that was valid by itself, so one mistake in
//! ids.toml gives one error at the attribute instead of a "cannot find type" at every use site.

use id_manifest::Manifest;
use proc_macro2::TokenStream;
use quote::quote;

use crate::expand;

/// `compile_error!`s followed by the skeleton built from the valid part of the manifest.
pub(crate) fn errors(
    errors: impl IntoIterator<Item = TokenStream>,
    partial: &Manifest,
    site: &expand::Site,
) -> TokenStream {
    let errors = errors.into_iter();
    let skeleton = expand::expand_manifest(partial, site);
    quote! {
        #(#errors)*
        #skeleton
    }
}
