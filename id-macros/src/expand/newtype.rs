//! One concrete newtype per kind: `pub struct RunId(Uuid)` with parsing, formatting, generation and serde.
//!
//! The struct and its impls are a `macro_rules!` template in id-runtime (`__private::newtype!`), so each kind costs
//! the proc macro a few dozen tokens instead of ~1500 (see BENCHMARKS.md, "Compile time"). Each impl there is a
//! one-line call into a non-generic `id_runtime::__private` function, and the runtime can change the template
//! without breaking expansions.

use super::source::each;
use super::{KindTokens, Parts};

/// Every kind's newtype: one template call per kind, and one call of the integrations macro among the impls.
pub(crate) fn expand(kinds: &[KindTokens]) -> Parts {
    let items = each(kinds, |kind, s| {
        // expands to: `pub struct RunId(Uuid)` and its impls, from the template in id-runtime's
        // `template.rs`.
        s.code("::id_runtime::__private::newtype! {")
            .code(&kind.type_docs)
            .code(&kind.deprecated)
            .code(&kind.type_name)
            .code(", variant = ")
            .code(&kind.variant)
            .code(", prefix = ")
            .string(&kind.prefix)
            .code(", key = ")
            .string(&kind.key)
            .code(", name = ")
            .string(&kind.type_name)
            .code(", info = ")
            .code(&kind.info)
            .code(", }");
    });
    let impls = each(kinds, |kind, s| {
        let example = format!("{}_01h455vb4pex5vsknk084sn02q", kind.prefix);
        // expands to: the sqlx, diesel, SeaORM, schemars, utoipa, arbitrary, proptest and async-graphql impls of the
        // features id-runtime was built with.
        s.code("__private::integrations!(")
            .code(&kind.type_name)
            .code(", name = ")
            .string(&kind.type_name)
            .code(", prefix = ")
            .string(&kind.prefix)
            .code(", pattern = ")
            .string(&kind.pattern)
            .code(", doc = ")
            .string(&kind.doc)
            .code(", example = ")
            .string(&example)
            .code(");");
    });
    Parts { items, impls }
}
