//! `id_type!` and `for_each_id_type!`: macros that any module or crate calls through the module path.
//!
//! Only a `#[macro_export]` macro can be named by path from another crate, and it lives at the crate root under one
//! name per crate. So each macro is exported under a hidden name that is unique per annotated module
//! (`__ids_id_type_<crate>__<module>`) and re-exported into the module as `id_type`. The re-export names it with a
//! single-segment path, which resolves through the macro's textual scope: `crate::__ids_id_type_…` would trip
//! `macro_expanded_macro_exports_accessed_by_absolute_paths` (rust-lang/rust#52234), which rejects absolute paths
//! to a `#[macro_export]` macro that a macro generated. Expansions reach the module as `$crate::ids`, which works
//! from every crate; a module that is not at the crate root names its path with `#[ids(module = crate::a::ids)]`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::Path;
use syn::ext::IdentExt;

use super::KindTokens;
use super::source::each;

/// Where the annotated module is, as macros called from elsewhere must name it.
pub(crate) struct Site {
    /// `$crate::ids`, for `macro_rules!` bodies.
    module_path: TokenStream,
    /// Makes the hidden `#[macro_export]` names unique per crate and module: `id_tests__ids`.
    suffix: String,
    /// The user's `module = …`, checked eagerly so that a wrong path fails at the attribute, not at the first use.
    explicit: Option<Path>,
    /// The manifest's name in messages: `ids.toml`.
    manifest: String,
    /// `false` for the skeleton of a broken manifest: an unknown name there is a follow-up error, not a new one.
    complete: bool,
}

impl Site {
    /// The default: the module `NAME` sits at the crate root, so `$crate::NAME` reaches it.
    pub(crate) fn at_root(module: &Ident) -> Site {
        Site {
            // Spanned at the attribute: if the module is not at the crate root after all, the error at a use of
            // `id_type!` points at `#[ids]`, where `module = …` goes, rather than at the module's name.
            module_path: {
                // `set_span` keeps a raw identifier raw: `Ident::new("r#type", …)` would panic.
                let mut module = module.clone();
                module.set_span(Span::call_site());
                quote!($crate::#module)
            },
            suffix: unique_suffix(&[module.unraw().to_string()]),
            explicit: None,
            manifest: id_manifest::MANIFEST_FILE_NAME.to_owned(),
            complete: true,
        }
    }

    /// `module = crate::infra::ids`: the path from the crate root, which must end with the module's own name.
    pub(crate) fn explicit(module: &Ident, path: &Path) -> syn::Result<Site> {
        let segments: Vec<String> = path
            .segments
            .iter()
            .map(|segment| segment.ident.unraw().to_string())
            .collect();
        let starts_at_root =
            path.leading_colon.is_none() && segments.first().is_some_and(|first| first == "crate");
        let name = module.unraw().to_string();
        let ends_here = segments.len() >= 2 && segments.last() == Some(&name);
        let plain = path
            .segments
            .iter()
            .all(|segment| segment.arguments.is_none());
        if !(starts_at_root && ends_here && plain) {
            return Err(syn::Error::new_spanned(
                path,
                format!(
                    "`module` must be this module's path from the crate root: `module = crate::…::{}`",
                    module.unraw()
                ),
            ));
        }
        let rest = path.segments.iter().skip(1).map(|segment| &segment.ident);
        Ok(Site {
            module_path: quote!($crate #(:: #rest)*),
            suffix: unique_suffix(&segments[1..]),
            explicit: Some(path.clone()),
            manifest: id_manifest::MANIFEST_FILE_NAME.to_owned(),
            complete: true,
        })
    }

    /// Names the manifest in messages as its diagnostics do (`ids.toml`, `../ids.toml`, `case.toml`).
    pub(crate) fn with_manifest(mut self, file: &str) -> Site {
        if !file.is_empty() {
            file.clone_into(&mut self.manifest);
        }
        self
    }

    /// For the skeleton of a broken manifest.
    pub(crate) fn skeleton(mut self) -> Site {
        self.complete = false;
        self
    }
}

/// `<crate>__<module path>`: two annotated modules, or a glob import of another crate's root, never clash.
fn unique_suffix(module_segments: &[String]) -> String {
    let krate = std::env::var("CARGO_CRATE_NAME").unwrap_or_default();
    std::iter::once(krate)
        .chain(module_segments.iter().cloned())
        .collect::<Vec<_>>()
        .join("__")
}

pub(crate) fn expand(kinds: &[KindTokens], site: &Site) -> TokenStream {
    let id_type = id_type(kinds, site);
    let for_each = for_each(kinds, site);
    let check = module_check(site);
    quote! {
        #id_type
        #for_each
        #check
    }
}

/// expands to: `macro_rules! __ids_id_type_… { (run) => { $crate::ids::IdType::Run }; … }` and `pub use … as id_type`.
fn id_type(kinds: &[KindTokens], site: &Site) -> TokenStream {
    let hidden = format_ident!("__ids_id_type_{}", site.suffix);
    let module = site.module_path.to_string();
    let arms = each(kinds, |kind, s| {
        // `type` and `r#type` are different tokens to a matcher: accept both spellings of a keyword kind.
        let spellings: &[&str] = if kind.field.starts_with("r#") {
            &[&kind.key, &kind.field]
        } else {
            &[&kind.field]
        };
        for spelling in spellings {
            s.code("(")
                .code(spelling)
                .code(") => { ")
                .code(&module)
                .code("::IdType::")
                .code(&kind.variant)
                .code(" };");
        }
    });
    let unknown_arm = if site.complete {
        let manifest = &site.manifest;
        let known = each(kinds, |kind, s| {
            s.string(&kind.key).code(",");
        });
        quote!(::id_runtime::__private::unknown_id_type!($unknown, #manifest, [#known]))
    } else {
        // The manifest itself is broken and reported at `#[ids]`; a name it may yet declare is not a second error.
        quote!(::core::unreachable!())
    };
    let example = kinds.last().map_or("run", |kind| kind.key.as_str());
    let file = &site.manifest;
    let doc = format!(
        " The [`IdType`] of a kind named by its key in {file}: `id_type!({example})`. An unknown key is a compile \
         error with a did-you-mean.\n\n Works in expressions and patterns, from any module or crate: \
         `ids::id_type!({example})`."
    );
    let usage = format!("expected one kind's key as written in {file}: `id_type!({example})`");
    quote! {
        #[doc = #doc]
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #hidden {
            #arms
            ($unknown:ident) => { #unknown_arm };
            ($($tokens:tt)*) => {
                ::core::compile_error!(#usage)
            };
        }
        #[doc(inline)]
        pub use #hidden as id_type;
    }
}

/// expands to: `macro_rules! __ids_for_each_id_type_… { ($($m:tt)+) => { $($m)+! { (run, Run, RunId, "run"), … } } }`.
fn for_each(kinds: &[KindTokens], site: &Site) -> TokenStream {
    let hidden = format_ident!("__ids_for_each_id_type_{}", site.suffix);
    let entries = each(kinds, |kind, s| {
        s.code("(")
            .code(&kind.field)
            .code(", ")
            .code(&kind.variant)
            .code(", ")
            .code(&kind.type_name)
            .code(", ")
            .string(&kind.prefix)
            .code("),");
    });
    quote! {
        /// Calls `my_macro! { (key, Variant, TypeName, "prefix"), … }` once with every kind of ids.toml, in file
        /// order, so that other code can generate its own exhaustive items: `ids::for_each_id_type!(my_macro)`.
        ///
        /// `key` is the field and method name (`r#type` for a keyword); the types are bare names, so bring the
        /// module into scope (`use ids::*`) or prefix its path in `my_macro`.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! #hidden {
            () => {
                ::core::compile_error!("expected the macro to call: `for_each_id_type!(my_macro)`")
            };
            ($($callback:tt)+) => {
                $($callback)+! { #entries }
            };
        }
        #[doc(inline)]
        pub use #hidden as for_each_id_type;
    }
}

/// With `module = crate::infra::ids`: a compile error at that path unless it names this very module.
///
/// expands to: `const _: () = { fn module_path_names_this_module(id: IdType) -> crate::infra::ids::IdType { id } };`
fn module_check(site: &Site) -> TokenStream {
    let Some(path) = &site.explicit else {
        return TokenStream::new();
    };
    quote! {
        const _: () = {
            fn module_path_names_this_module(id: IdType) -> #path::IdType {
                id
            }
        };
    }
}
