//! One concrete newtype per kind: `pub struct RunId(Uuid)` with parsing, formatting, generation and serde.
//!
//! The struct and its impls are a `macro_rules!` template in id-runtime (`__private::newtype!`), so each kind costs
//! the proc macro a few dozen tokens instead of ~1500 (see BENCHMARKS.md, "Compile time"). Each impl there is a
//! one-line call into a non-generic `id_runtime::__private` function, and the runtime can change the template
//! without breaking expansions.

use proc_macro2::TokenStream;
use quote::quote;

use super::KindTokens;

pub(crate) fn expand(kind: &KindTokens) -> TokenStream {
    let KindTokens {
        type_name,
        variant,
        type_docs,
        deprecated,
        info,
        prefix,
        key,
        pattern,
        doc,
        ..
    } = kind;
    let type_name_str = type_name.to_string();
    let example = format!("{prefix}_01h455vb4pex5vsknk084sn02q");
    // expands to: `pub struct RunId(Uuid)` and its impls, from the template in id-runtime's `newtype_template.rs`.
    quote! {
        ::id_runtime::__private::newtype! {
            #type_docs
            #deprecated
            #type_name,
            variant = #variant,
            prefix = #prefix,
            key = #key,
            name = #type_name_str,
            info = #info,
        }

        // expands to: the sqlx, schemars and utoipa impls of the features id-runtime was built with.
        ::id_runtime::__private::integrations!(
            #type_name, name = #type_name_str, pattern = #pattern, doc = #doc, example = #example
        );
    }
}
