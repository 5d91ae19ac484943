//! `IdTypeVisitor` and `AnyIdVisitor`: one required method per kind, so an impl that forgets a kind does not compile.
//!
//! Two traits because the two dispatches carry different data: `IdType::accept` has only the kind, `AnyId::accept`
//! has the typed ID (`fn run(&mut self, id: RunId)`). Neither has default bodies: a default would let an impl
//! compile after a kind is added.

use proc_macro2::TokenStream;
use quote::quote;

use super::KindTokens;

pub(crate) fn expand(kinds: &[KindTokens]) -> TokenStream {
    let id_type_methods = kinds.iter().map(|kind| {
        let (field, key) = (&kind.field, &kind.key);
        let doc = format!(" Handles `[types.{key}]` ([`IdType::{}`]).", kind.variant);
        quote!(#[doc = #doc] fn #field(&mut self) -> Self::Output;)
    });
    let any_id_methods = kinds.iter().map(|kind| {
        let KindTokens {
            field,
            key,
            type_name,
            ..
        } = kind;
        let doc = format!(" Handles an ID of `[types.{key}]`.");
        quote!(#[doc = #doc] fn #field(&mut self, id: #type_name) -> Self::Output;)
    });
    let id_type_arms = kinds.iter().map(|kind| {
        let (field, variant) = (&kind.field, &kind.variant);
        quote!(IdType::#variant => visitor.#field())
    });
    let any_id_arms = kinds.iter().map(|kind| {
        let (field, variant) = (&kind.field, &kind.variant);
        quote!(AnyId::#variant(id) => visitor.#field(id))
    });
    quote! {
        /// Code for each kind of ids.toml, called by [`IdType::accept`]: one required method per kind.
        ///
        /// An impl must write every method, so adding a kind to ids.toml makes each impl fail to compile with
        /// ``missing: `job` ``.
        pub trait IdTypeVisitor {
            /// What every method returns.
            type Output;
            #(#id_type_methods)*
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
            #(#any_id_methods)*
        }

        #[allow(deprecated)]
        impl IdType {
            /// Calls the method of `visitor` named after this kind: `IdType::Run.accept(v)` is `v.run()`.
            pub fn accept<V: IdTypeVisitor + ?::core::marker::Sized>(self, visitor: &mut V) -> V::Output {
                match self { #(#id_type_arms,)* }
            }
        }

        #[allow(deprecated)]
        impl AnyId {
            /// Calls the method of `visitor` named after this ID's kind with the typed ID: `v.run(run_id)`.
            pub fn accept<V: AnyIdVisitor + ?::core::marker::Sized>(self, visitor: &mut V) -> V::Output {
                match self { #(#any_id_arms,)* }
            }
        }
    }
}
