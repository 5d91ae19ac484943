//! `IdTable<T>`: one pub field per kind, so a struct literal that forgets a kind does not compile.
//!
//! It has no `Default` on purpose: a default would let `IdTable { run: …, ..Default::default() }` compile after a
//! kind is added. Every accessor matches on `IdType` without a catch-all, so it too is complete by construction.

use proc_macro2::TokenStream;
use quote::quote;

use super::KindTokens;

pub(crate) fn expand(kinds: &[KindTokens]) -> TokenStream {
    let count = kinds.len();
    let fields = kinds.iter().map(|kind| {
        let (field, key) = (&kind.field, &kind.key);
        let doc = format!(
            " The entry for `[types.{key}]` ([`IdType::{}`]).",
            kind.variant
        );
        quote!(#[doc = #doc] pub #field: T)
    });
    let fields: Vec<TokenStream> = if kinds.is_empty() {
        // Only the skeleton of an unreadable manifest has no kinds; `T` must still be used.
        vec![quote!(#[doc(hidden)] pub __no_kinds: ::core::marker::PhantomData<T>)]
    } else {
        fields.collect()
    };
    let names: Vec<_> = kinds.iter().map(|kind| &kind.field).collect();
    let variants: Vec<_> = kinds.iter().map(|kind| &kind.variant).collect();
    let empty_fields = kinds
        .is_empty()
        .then(|| quote!(__no_kinds: ::core::marker::PhantomData));
    let from_fn = quote!(IdTable { #(#names: f(IdType::#variants),)* #empty_fields });
    let map = quote!(IdTable { #(#names: f(self.#names),)* #empty_fields });
    let as_ref = quote!(IdTable { #(#names: &self.#names,)* #empty_fields });
    let as_mut = quote!(IdTable { #(#names: &mut self.#names,)* #empty_fields });
    quote! {
        /// One `T` per kind of ids.toml, in a field named after the kind: `IdTable { user: …, run: … }`.
        ///
        /// A struct literal must name every kind, so adding a kind to ids.toml makes each literal fail to compile
        /// with ``missing field `job` ``. There is no `Default`, so that no literal can skip a kind; build one with
        /// a literal or [`IdTable::from_fn`], and avoid `..other` in literals for the same reason.
        // PartialEq, Hash and Debug are written by hand below: the derives expand to one expression nested once per
        // field (`a == a && b == b && …`), which overflows rustc's stack at 10,000 kinds.
        #[derive(Clone, Copy)]
        pub struct IdTable<T> {
            #(#fields,)*
        }

        #[allow(deprecated)]
        impl<T> IdTable<T> {
            /// A table holding `f(kind)` for every kind, called in manifest order.
            pub fn from_fn(mut f: impl ::core::ops::FnMut(IdType) -> T) -> Self {
                #from_fn
            }

            /// The entry of `kind`.
            pub const fn get(&self, kind: IdType) -> &T {
                match kind { #(IdType::#variants => &self.#names,)* }
            }

            /// The entry of `kind`, mutably.
            pub const fn get_mut(&mut self, kind: IdType) -> &mut T {
                match kind { #(IdType::#variants => &mut self.#names,)* }
            }

            /// A table of `f(entry)` for every entry, called in manifest order.
            pub fn map<U>(self, mut f: impl ::core::ops::FnMut(T) -> U) -> IdTable<U> {
                #map
            }

            /// A table of references to the entries, to `map` without consuming this one.
            pub const fn as_ref(&self) -> IdTable<&T> {
                #as_ref
            }

            /// A table of mutable references to the entries.
            pub const fn as_mut(&mut self) -> IdTable<&mut T> {
                #as_mut
            }

            /// Every kind with its entry, in manifest order.
            pub fn iter(&self) -> ::core::array::IntoIter<(IdType, &T), #count> {
                [#((IdType::#variants, &self.#names)),*].into_iter()
            }

            /// Every kind with its entry, mutably, in manifest order.
            pub fn iter_mut(&mut self) -> ::core::array::IntoIter<(IdType, &mut T), #count> {
                [#((IdType::#variants, &mut self.#names)),*].into_iter()
            }
        }

        impl<T: ::core::cmp::PartialEq> ::core::cmp::PartialEq for IdTable<T> {
            fn eq(&self, other: &Self) -> bool {
                self.iter().zip(other.iter()).all(|((_, a), (_, b))| a == b)
            }
        }

        impl<T: ::core::cmp::Eq> ::core::cmp::Eq for IdTable<T> {}

        impl<T: ::core::hash::Hash> ::core::hash::Hash for IdTable<T> {
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                for (_, entry) in self.iter() {
                    entry.hash(state);
                }
            }
        }

        /// `IdTable { user: …, run: … }`, like a derived `Debug`.
        impl<T: ::core::fmt::Debug> ::core::fmt::Debug for IdTable<T> {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut table = f.debug_struct("IdTable");
                for (kind, entry) in self.iter() {
                    table.field(kind.name(), entry);
                }
                table.finish()
            }
        }

        impl<T> ::core::ops::Index<IdType> for IdTable<T> {
            type Output = T;
            fn index(&self, kind: IdType) -> &T {
                self.get(kind)
            }
        }

        impl<T> ::core::ops::IndexMut<IdType> for IdTable<T> {
            fn index_mut(&mut self, kind: IdType) -> &mut T {
                self.get_mut(kind)
            }
        }

        /// Every kind with its entry, in manifest order.
        #[allow(deprecated)]
        impl<T> ::core::iter::IntoIterator for IdTable<T> {
            type Item = (IdType, T);
            type IntoIter = ::core::array::IntoIter<(IdType, T), #count>;
            fn into_iter(self) -> Self::IntoIter {
                [#((IdType::#variants, self.#names)),*].into_iter()
            }
        }

        impl<'a, T> ::core::iter::IntoIterator for &'a IdTable<T> {
            type Item = (IdType, &'a T);
            type IntoIter = ::core::array::IntoIter<(IdType, &'a T), #count>;
            fn into_iter(self) -> Self::IntoIter {
                self.iter()
            }
        }
    }
}
