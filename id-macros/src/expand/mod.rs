//! Tokens out: the `#[ids]` module with everything the manifest declares.
//!
//! One file per generated artifact: `id_type.rs` (the enum of kinds), `newtype.rs` (one struct per kind),
//! `any_id.rs` (the enum that parses any kind), `table.rs` (`IdTable<T>`), `visitor.rs` (the visitor traits and
//! `accept`), `lookup.rs` (`id_type!` and `for_each_id_type!`). `kind.rs` prepares names and docs they all share;
//! `source.rs` writes the per-kind lists (arms, fields, variants) as source text lexed in one call, because making
//! each of their tokens with `quote!` was most of the macro's time at 1000 kinds.

mod any_id;
mod id_type;
mod kind;
mod lookup;
mod newtype;
mod source;
mod table;
mod visitor;

use std::path::PathBuf;

use id_manifest::Manifest;
use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, Ident, ItemMod, Token, Visibility};

use crate::{args, editor, fallback, locate};
pub(crate) use kind::KindTokens;
pub(crate) use lookup::Site;

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
        // `mod type {}`: rustc has already said "expected identifier, found keyword `type`, escape it"; fill
        // `mod r#type` so that this one mistake gives that one message.
        Err(_) => match keyword_named_module(input.clone()) {
            Some(module) => module,
            // Not a module: leave the item as written beside the error, so its other uses still resolve.
            None => {
                let error = syn::Error::new(
                    Span::call_site(),
                    "#[ids] goes on a module: `#[id_runtime::ids] pub mod ids {}`",
                )
                .to_compile_error();
                return quote!(#error #input);
            }
        },
    };
    let skeleton = Site::at_root(&module.ident).skeleton();
    let args = match args::parse(args) {
        Ok(args) => args,
        Err(error) => {
            let errors = [error.to_compile_error()];
            return fill(
                module,
                fallback::errors(errors, &empty_manifest(), &skeleton),
            );
        }
    };
    // A wrong `module = …` is reported once, and the module is still generated from the manifest, so that uses of
    // its items do not fail too; only the lookup macros lose their did-you-mean, which would point at a wrong path.
    let (site, site_error) = match &args.module {
        Some(path) => match Site::explicit(&module.ident, path) {
            Ok(site) => (site, None),
            Err(error) => (skeleton, Some(error.to_compile_error())),
        },
        None => (Site::at_root(&module.ident), None),
    };
    let located = match locate::manifest(args.path.as_ref(), call_site_file) {
        Ok(located) => located,
        Err(error) => {
            let errors = site_error.into_iter().chain([error.to_compile_error()]);
            return fill(
                module,
                fallback::errors(errors, &empty_manifest(), &site.skeleton()),
            );
        }
    };
    let include = &located.include;
    // expands to: const _: &[u8] = include_bytes!("ids.toml"); — cargo then rebuilds when the manifest changes.
    let tracking = quote! {
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#include);
    };
    let body = match id_manifest::load(&located.path, &located.display) {
        Ok(manifest) => {
            let body = expand_manifest(&manifest, &site.with_manifest(&located.display));
            quote!(#site_error #body)
        }
        Err(failure) => {
            let errors = failure.diagnostics.iter().map(|diagnostic| {
                syn::Error::new(Span::call_site(), diagnostic.to_string()).to_compile_error()
            });
            let errors = site_error.into_iter().chain(errors);
            fallback::errors(errors, &failure.partial, &site.skeleton())
        }
    };
    // Under rust-analyzer, or when it showed an older manifest than this one: see editor.rs.
    let editor = editor::staleness(&module, &located.path);
    fill(module, quote!(#tracking #editor #body))
}

/// `mod KEYWORD { … }` with the keyword made raw (`r#type`), or `None` when the input is something else or the
/// keyword cannot be raw (`self`, `super`, `crate`, `Self`, `_`).
fn keyword_named_module(input: TokenStream) -> Option<ItemMod> {
    let parser = |stream: ParseStream<'_>| -> syn::Result<ItemMod> {
        let attrs = stream.call(Attribute::parse_outer)?;
        let vis: Visibility = stream.parse()?;
        let mod_token: Token![mod] = stream.parse()?;
        let name = stream.call(Ident::parse_any)?;
        let content;
        let brace = syn::braced!(content in stream);
        let mut items = Vec::new();
        while !content.is_empty() {
            items.push(content.parse()?);
        }
        let keyword = name.to_string();
        if name.to_string().starts_with("r#")
            || syn::parse_str::<Ident>(&keyword).is_ok()
            || ["self", "super", "crate", "Self", "_"].contains(&keyword.as_str())
        {
            return Err(stream.error("not a keyword that can be raw"));
        }
        Ok(ItemMod {
            attrs,
            vis,
            unsafety: None,
            mod_token,
            ident: Ident::new_raw(&keyword, name.span()),
            content: Some((brace, items)),
            semi: None,
        })
    };
    parser.parse2(input).ok()
}

/// Everything generated for a valid manifest (or the valid part of one, for the skeleton).
///
/// expands to: the public items (`IdType`, `RunId`, …, `AnyId`, `IdTable`, the visitor traits, `id_type!`), then
/// every impl in one anonymous const, as serde_derive writes its impls: one `allow` serves a deprecated kind's uses,
/// one `use` the paths they share, and the private constants the impls read stay out of the annotated module.
pub(crate) fn expand_manifest(manifest: &Manifest, site: &Site) -> TokenStream {
    let kinds: Vec<KindTokens> = manifest.kinds.iter().filter_map(KindTokens::new).collect();
    let parts = [
        id_type::expand(&kinds),
        newtype::expand(&kinds),
        any_id::expand(&kinds),
        table::expand(&kinds),
        visitor::expand(&kinds),
    ];
    let items = parts.iter().map(|part| &part.items);
    let impls = parts.iter().map(|part| &part.impls);
    let lookup = lookup::expand(&kinds, site);
    quote! {
        #(#items)*
        #lookup
        #[allow(deprecated)]
        const _: () = {
            use ::core::option::Option;
            use ::core::result::Result;
            use ::id_runtime::__private;
            #(#impls)*
        };
    }
}

/// One generated artifact: its public items, and its impls (which go into the anonymous const).
pub(crate) struct Parts {
    items: TokenStream,
    impls: TokenStream,
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

#[cfg(test)]
mod tests {
    use syn::visit::Visit;

    use super::*;

    /// What `#[ids] mod ids {}` expands to for the manifest `toml`, as a syntax tree.
    fn expanded(toml: &str) -> syn::File {
        let manifest = id_manifest::parse(toml, "ids.toml").unwrap();
        let ident = proc_macro2::Ident::new("ids", Span::call_site());
        syn::parse2(expand_manifest(&manifest, &Site::at_root(&ident))).unwrap()
    }

    /// Generated code must itself follow `#[exhaustive]`: every match on a kind lists every variant, so adding a kind
    /// can never be absorbed by a catch-all inside the expansion. Only matches on strings or bytes (parsing a name
    /// or a prefix) may end in `unknown => …`.
    #[test]
    fn generated_code_has_no_catch_all_arms() {
        let file = expanded(
            "[types.user]\n[types.run]\naliases = [\"job\"]\n[types.type]\ndeprecated = \"use run\"\n",
        );
        let mut matches = Matches { count: 0 };
        matches.visit_file(&file);
        assert!(
            matches.count >= 5,
            "expected the generated matches to be visited, saw {}",
            matches.count
        );
    }

    /// Users' completion and rustdoc show nothing named `__…` on the generated items: every such item is private,
    /// inside the anonymous const, or a `#[doc(hidden)]` macro re-exported under its public name.
    #[test]
    #[allow(
        clippy::wildcard_enum_match_arm,
        reason = "syn::Item is non-exhaustive"
    )]
    fn no_public_double_underscore_items() {
        let file = expanded("[types.user]\n[types.run]\naliases = [\"job\"]\naccept_uuid = true\n");
        let hidden = |attrs: &[Attribute]| {
            attrs.iter().any(|attr| {
                attr.path().is_ident("doc") && quote!(#attr).to_string().contains("hidden")
            })
        };
        let mut seen = Vec::new();
        for item in &file.items {
            match item {
                syn::Item::Const(item) if item.ident == "_" => {
                    // The anonymous const: its items are private to it; the methods of its impls are public.
                    let syn::Expr::Block(block) = &*item.expr else {
                        panic!("the anonymous const holds a block")
                    };
                    for stmt in &block.block.stmts {
                        if let syn::Stmt::Item(syn::Item::Impl(imp)) = stmt {
                            for member in &imp.items {
                                if let syn::ImplItem::Fn(method) = member {
                                    seen.push(method.sig.ident.to_string());
                                    assert!(
                                        !method.sig.ident.to_string().starts_with("__"),
                                        "public method {}",
                                        method.sig.ident
                                    );
                                }
                                if let syn::ImplItem::Const(constant) = member {
                                    assert!(!constant.ident.to_string().starts_with("__"));
                                }
                            }
                        }
                    }
                }
                syn::Item::Const(item) => {
                    assert!(!item.ident.to_string().starts_with("__") || hidden(&item.attrs));
                }
                syn::Item::Macro(item) => {
                    // `macro_rules! __ids_id_type_… {}`: hidden, and `pub use`d as `id_type`.
                    if let Some(name) = &item.ident {
                        assert!(
                            !name.to_string().starts_with("__") || hidden(&item.attrs),
                            "macro {name} is not hidden"
                        );
                    }
                }
                syn::Item::Fn(item) => {
                    let public = matches!(item.vis, syn::Visibility::Public(_));
                    assert!(!(public && item.sig.ident.to_string().starts_with("__")));
                }
                // The public types, traits and `pub use`s, named after the manifest (`IdType`, `RunId`, …).
                _ => {}
            }
        }
        // The walk saw the generated methods.
        assert!(seen.contains(&String::from("parse")), "{seen:?}");
    }

    struct Matches {
        count: usize,
    }

    impl<'ast> Visit<'ast> for Matches {
        fn visit_expr_match(&mut self, node: &'ast syn::ExprMatch) {
            self.count += 1;
            let is_catch_all = |pat: &syn::Pat| {
                matches!(
                    pat,
                    syn::Pat::Wild(_) | syn::Pat::Ident(syn::PatIdent { subpat: None, .. })
                )
            };
            // A string literal, or a byte-array pattern (`[b'r', b'u', b'n']`, how `AnyId::parse` matches prefixes).
            let is_literal_case = |pat: &syn::Pat| {
                matches!(pat, syn::Pat::Lit(_))
                    || matches!(pat, syn::Pat::Slice(slice)
                        if slice.elems.iter().all(|elem| matches!(elem, syn::Pat::Lit(_))))
            };
            let is_literal = |pat: &syn::Pat| {
                if let syn::Pat::Or(or) = pat {
                    or.cases.iter().all(is_literal_case)
                } else {
                    is_literal_case(pat)
                }
            };
            let on_strings = node.arms.iter().any(|arm| is_literal(&arm.pat));
            for arm in &node.arms {
                let pat = &arm.pat;
                assert!(
                    !is_catch_all(pat) || on_strings,
                    "catch-all `{}` in `{}`",
                    quote!(#pat),
                    quote!(#node)
                );
            }
            syn::visit::visit_expr_match(self, node);
        }
    }
}
