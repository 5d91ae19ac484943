//! `#[covers_all]`: a hand-written list with exactly one entry per kind of ids.toml.
//!
//! rustc checks the generated `IdTable` and visitors, but not a user's own routing enum, config struct or handler
//! impl. This attribute reads the same manifest as `#[ids]` (through `locate`, so both find the same file) and
//! compares: an enum needs one variant per kind (`Run`), a struct one field (`run`), an impl block one method (`run`).
//! A member that is not about a kind opts out with `#[covers_all(skip)]`, which this attribute removes.
//!
//! expands to: the item unchanged (minus `skip` markers), `const _: &[u8] = include_bytes!("…ids.toml");` so that
//! editing the manifest re-runs the check, and one error per problem: each unknown name at the name, with a
//! did-you-mean, and the missing kinds together at the item's name.

use std::path::PathBuf;

use id_manifest::Manifest;
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::{Attribute, Fields, ImplItem, Item};

use crate::{args, locate};

/// `#[covers_all]` / `#[covers_all("path/ids.toml")]` on an enum, a struct with named fields, or an impl block.
pub(crate) fn covers_all(
    args: TokenStream,
    input: TokenStream,
    call_site_file: Option<PathBuf>,
) -> TokenStream {
    let path = match args::parse_path_only(args) {
        Ok(path) => path,
        Err(error) => return with_errors(input, error),
    };
    let mut item = match syn::parse2::<Item>(input.clone()) {
        Ok(item) => item,
        Err(_) => return with_errors(input, not_a_list(Span::call_site())),
    };
    let list = match List::take(&mut item) {
        Ok(list) => list,
        Err(error) => return with_errors(input, error),
    };
    let located = match locate::manifest(path.as_ref(), call_site_file) {
        Ok(located) => located,
        Err(error) => return with_errors(item.into_token_stream(), error),
    };
    let include = &located.include;
    let tracking = quote!(
        const _: &[::core::primitive::u8] = ::core::include_bytes!(#include);
    );
    let errors = match id_manifest::load(&located.path, &located.display) {
        Ok(manifest) => list.check(&manifest).map(|error| error.to_compile_error()),
        // A broken manifest is reported by `#[ids]`; checking against part of it would only add follow-up errors.
        Err(_) => None,
    };
    quote!(#item #tracking #errors)
}

fn with_errors(item: TokenStream, error: syn::Error) -> TokenStream {
    let error = error.to_compile_error();
    quote!(#item #error)
}

fn not_a_list(span: Span) -> syn::Error {
    syn::Error::new(
        span,
        "#[covers_all] goes on an enum (one variant per kind), a struct with named fields (one field per kind) or \
         an impl block (one method per kind)",
    )
}

/// The members of the annotated item that must match the kinds one to one.
struct List {
    /// `enum `Route``, for messages.
    what: String,
    /// `variant`, `field` or `method`.
    noun: &'static str,
    /// Variants compare with `Run`, fields and methods with `run`.
    by_variant: bool,
    /// Where the missing kinds are reported: the item's name.
    name_span: TokenStream,
    /// Each member's name (raw identifiers unraw'd: `r#type` is `type`) and where it is written.
    members: Vec<(String, Span)>,
}

impl List {
    /// Reads the members and removes the `#[covers_all(skip)]` markers, which are no real attributes.
    #[expect(
        clippy::wildcard_enum_match_arm,
        reason = "syn::Item is non_exhaustive; every other item is an error"
    )]
    fn take(item: &mut Item) -> syn::Result<List> {
        let mut names = Vec::new();
        let mut keep = |attrs: &mut Vec<Attribute>, ident: &syn::Ident| -> syn::Result<()> {
            if !take_skip(attrs)? {
                names.push((ident.unraw().to_string(), ident.span()));
            }
            Ok(())
        };
        let (what, noun, by_variant, name_span) = match item {
            Item::Enum(item) => {
                for variant in &mut item.variants {
                    keep(&mut variant.attrs, &variant.ident)?;
                }
                (
                    format!("enum `{}`", item.ident),
                    "variant",
                    true,
                    item.ident.to_token_stream(),
                )
            }
            Item::Struct(item) => {
                let Fields::Named(fields) = &mut item.fields else {
                    return Err(syn::Error::new_spanned(
                        &item.ident,
                        "#[covers_all] needs a struct with named fields, one per kind: `struct Limits { user: u32, run: u32 }`",
                    ));
                };
                for field in &mut fields.named {
                    let Some(ident) = &field.ident else { continue };
                    keep(&mut field.attrs, ident)?;
                }
                (
                    format!("struct `{}`", item.ident),
                    "field",
                    false,
                    item.ident.to_token_stream(),
                )
            }
            Item::Impl(item) => {
                for member in &mut item.items {
                    if let ImplItem::Fn(method) = member {
                        keep(&mut method.attrs, &method.sig.ident)?;
                    }
                }
                let self_ty = &item.self_ty;
                let what = format!(
                    "impl block for `{}`",
                    quote!(#self_ty).to_string().replace(' ', "")
                );
                (what, "method", false, self_ty.to_token_stream())
            }
            _ => return Err(not_a_list(Span::call_site())),
        };
        Ok(List {
            what,
            noun,
            by_variant,
            name_span,
            members: names,
        })
    }

    /// One error per unknown member, and one listing the missing kinds; `None` when the list is complete.
    fn check(&self, manifest: &Manifest) -> Option<syn::Error> {
        let expected: Vec<&str> = manifest
            .kinds
            .iter()
            .map(|kind| {
                if self.by_variant {
                    kind.names.variant.as_str()
                } else {
                    kind.key.as_str()
                }
            })
            .collect();
        let file = &manifest.file;
        let mut errors: Vec<syn::Error> = Vec::new();
        // A typo (`rn` for `run`) is one mistake: its did-you-mean names the kind, which is then not also "missing".
        let mut explained: Vec<&str> = Vec::new();
        for (name, span) in self
            .members
            .iter()
            .filter(|(name, _)| !expected.contains(&name.as_str()))
        {
            let key = if self.by_variant {
                snake_case(name)
            } else {
                name.clone()
            };
            let hint = match id_grammar::did_you_mean(name, expected.iter().copied()) {
                Some(nearest) => {
                    explained.push(nearest);
                    format!("did you mean `{nearest}`?")
                }
                None => format!(
                    "declare it there, or mark a {} that is not about a kind with #[covers_all(skip)]; known types: {}",
                    self.noun,
                    id_manifest::quoted_list(expected.iter().copied()),
                ),
            };
            errors.push(syn::Error::new(
                *span,
                format!("unknown ID type `{name}`: {file} has no [types.{key}]; {hint}"),
            ));
        }
        let missing: Vec<&str> = expected
            .iter()
            .copied()
            .filter(|name| {
                !self.members.iter().any(|(member, _)| member == name) && !explained.contains(name)
            })
            .collect();
        if !missing.is_empty() {
            let message = format!(
                "{} must have one {} per kind in {file}; missing: {}",
                self.what,
                self.noun,
                id_manifest::quoted_list(missing.iter().copied())
            );
            errors.insert(0, syn::Error::new_spanned(&self.name_span, message));
        }
        errors.into_iter().reduce(|mut all, error| {
            all.combine(error);
            all
        })
    }
}

/// Whether `attrs` held `#[covers_all(skip)]` (any path ending in `covers_all`), which it removes.
fn take_skip(attrs: &mut Vec<Attribute>) -> syn::Result<bool> {
    let mut skip = false;
    let mut result = Ok(());
    attrs.retain(|attr| {
        let is_marker = attr
            .path()
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "covers_all");
        if !is_marker {
            return true;
        }
        match attr.parse_args::<syn::Ident>() {
            Ok(ident) if ident == "skip" => skip = true,
            _ => {
                result = Err(syn::Error::new_spanned(
                    attr,
                    "expected `#[covers_all(skip)]` on a member",
                ))
            }
        }
        false
    });
    result.map(|()| skip)
}

/// `RunStep` → `run_step`: the manifest key a variant name would come from.
fn snake_case(name: &str) -> String {
    let mut key = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            key.push('_');
        }
        key.extend(c.to_lowercase());
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variant_names_map_back_to_keys() {
        assert_eq!(snake_case("Run"), "run");
        assert_eq!(snake_case("RunStep"), "run_step");
    }
}
