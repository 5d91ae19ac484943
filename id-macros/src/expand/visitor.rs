//! `IdTypeVisitor` and `AnyIdVisitor`: one required method per kind, so an impl that forgets a kind does not compile.
//!
//! Two traits because the two dispatches carry different data: `IdType::accept` has only the kind, `AnyId::accept`
//! has the typed ID (`fn run(&mut self, id: RunId)`). Neither has default bodies: a default would let an impl
//! compile after a kind is added.

use quote::quote;

use super::source::each;
use super::{KindTokens, Parts};

pub(crate) fn expand(kinds: &[KindTokens]) -> Parts {
    let id_type_methods = each(kinds, |kind, s| {
        let doc = format!(
            " Handles `[types.{}]` ([`IdType::{}`]).",
            kind.key, kind.variant
        );
        s.doc(&doc)
            .code("fn ")
            .code(&kind.field)
            .code("(&mut self) -> Self::Output;");
    });
    let any_id_methods = each(kinds, |kind, s| {
        let doc = format!(" Handles an ID of `[types.{}]`.", kind.key);
        s.doc(&doc)
            .code("fn ")
            .code(&kind.field)
            .code("(&mut self, id: ")
            .code(&kind.type_name)
            .code(") -> Self::Output;");
    });
    let id_type_arms = each(kinds, |kind, s| {
        s.code("IdType::")
            .code(&kind.variant)
            .code(" => visitor.")
            .code(&kind.field)
            .code("(),");
    });
    let any_id_arms = each(kinds, |kind, s| {
        s.code("AnyId::")
            .code(&kind.variant)
            .code("(id) => visitor.")
            .code(&kind.field)
            .code("(id),");
    });
    let items = quote! {
        /// Code for each kind of ids.toml, called by [`IdType::accept`]: one required method per kind.
        ///
        /// An impl must write every method, so adding a kind to ids.toml makes each impl fail to compile with
        /// ``missing: `job` ``.
        pub trait IdTypeVisitor {
            /// What every method returns.
            type Output;
            #id_type_methods
        }

        /// Code for each kind of ids.toml, called by [`AnyId::accept`] with the typed ID: one required method
        /// per kind.
        ///
        /// An impl must write every method, so adding a kind to ids.toml makes each impl fail to compile with
        /// ``missing: `job` ``.
        #[allow(deprecated)]
        pub trait AnyIdVisitor {
            /// What every method returns.
            type Output;
            #any_id_methods
        }
    };
    let impls = quote! {
        impl IdType {
            /// Calls the method of `visitor` named after this kind: `IdType::Run.accept(v)` is `v.run()`.
            pub fn accept<V: IdTypeVisitor + ?::core::marker::Sized>(self, visitor: &mut V) -> V::Output {
                match self { #id_type_arms }
            }
        }

        impl AnyId {
            /// Calls the method of `visitor` named after this ID's kind with the typed ID: `v.run(run_id)`.
            pub fn accept<V: AnyIdVisitor + ?::core::marker::Sized>(self, visitor: &mut V) -> V::Output {
                match self { #any_id_arms }
            }
        }
    };
    Parts { items, impls }
}
