//! Tokens out: the `#[ids]` module with everything the manifest declares.
//!
//! One file per generated artifact: `id_type.rs` (the enum of kinds), `newtype.rs` (one struct per kind),
//! `any_id.rs` (the enum that parses any kind). `kind.rs` prepares names and docs they all share.

mod any_id;
mod id_type;
mod kind;
mod newtype;

use std::path::PathBuf;

use id_manifest::Manifest;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ItemMod;

use crate::{args, fallback, locate};
pub(crate) use kind::KindTokens;

/// `#[ids]` / `#[ids("path")]` on `mod NAME { … }`.
pub(crate) fn ids(
    args: TokenStream,
    input: TokenStream,
    call_site_file: Option<PathBuf>,
) -> TokenStream {
    let module = match syn::parse2::<ItemMod>(input.clone()) {
        Ok(module) if module.content.is_some() => module,
        Ok(module) => {
            return syn::Error::new_spanned(
                &module,
                "#[ids] needs an inline module to fill: write `pub mod ids {}`, not `mod ids;`",
            )
            .to_compile_error();
        }
        // Not a module: leave the item as written beside the error, so its other uses still resolve.
        Err(_) => {
            let error = syn::Error::new(
                Span::call_site(),
                "#[ids] goes on a module: `#[id_runtime::ids] pub mod ids {}`",
            )
            .to_compile_error();
            return quote!(#error #input);
        }
    };
    let args = match args::parse(args) {
        Ok(args) => args,
        Err(error) => {
            return fill(
                module,
                fallback::errors([error.to_compile_error()], &empty_manifest()),
            );
        }
    };
    let located = match &args.path {
        Some(path) => locate::explicit(&path.value(), call_site_file),
        None => locate::search(),
    };
    let located = match located {
        Ok(located) => located,
        Err(message) => {
            let span = args
                .path
                .as_ref()
                .map_or_else(Span::call_site, |path| path.span());
            let error = syn::Error::new(span, message).to_compile_error();
            return fill(module, fallback::errors([error], &empty_manifest()));
        }
    };
    let include = &located.include;
    // expands to: const _: &[u8] = include_bytes!("ids.toml"); — cargo then rebuilds when the manifest changes.
    let tracking = quote! {
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#include);
    };
    let body = match id_manifest::load(&located.path, &located.display) {
        Ok(manifest) => expand_manifest(&manifest),
        Err(failure) => {
            let errors = failure.diagnostics.iter().map(|diagnostic| {
                syn::Error::new(Span::call_site(), diagnostic.to_string()).to_compile_error()
            });
            fallback::errors(errors, &failure.partial)
        }
    };
    fill(module, quote!(#tracking #body))
}

/// Everything generated for a valid manifest (or the valid part of one, for the skeleton).
pub(crate) fn expand_manifest(manifest: &Manifest) -> TokenStream {
    let kinds: Vec<KindTokens> = manifest.kinds.iter().filter_map(KindTokens::new).collect();
    let id_type = id_type::expand(&kinds);
    let newtypes = kinds.iter().map(newtype::expand);
    let any_id = any_id::expand(&kinds);
    quote! {
        #id_type
        #(#newtypes)*
        #any_id
    }
}

/// Appends generated items to the module's own items.
fn fill(mut module: ItemMod, generated: TokenStream) -> TokenStream {
    if let Some((_, items)) = &mut module.content {
        items.push(syn::Item::Verbatim(generated));
    }
    quote!(#module)
}

fn empty_manifest() -> Manifest {
    Manifest {
        file: String::new(),
        kinds: Vec::new(),
    }
}
