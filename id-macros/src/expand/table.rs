//! `IdTable<T>`: one pub field per kind, so a struct literal that forgets a kind does not compile.
//!
//! It has no `Default` on purpose: a default would let `IdTable { run: …, ..Default::default() }` compile after a
//! kind is added. Every accessor matches on `IdType` without a catch-all, so it too is complete by construction.

use quote::quote;

use super::source::each;
use super::{KindTokens, Parts};

pub(crate) fn expand(kinds: &[KindTokens]) -> Parts {
    let count = kinds.len();
    let fields = if kinds.is_empty() {
        // Only the skeleton of an unreadable manifest has no kinds; `T` must still be used.
        quote!(#[doc(hidden)] pub __no_kinds: ::core::marker::PhantomData<T>,)
    } else {
        each(kinds, |kind, s| {
            let doc = format!(
                " The entry for `[types.{}]` ([`IdType::{}`]).",
                kind.key, kind.variant
            );
            s.doc(&doc).code("pub ").code(&kind.field).code(": T,");
        })
    };
    let empty_fields = kinds
        .is_empty()
        .then(|| quote!(__no_kinds: ::core::marker::PhantomData));
    // `field: <before>field<after>,` and `IdType::Variant => <before>field,` for every kind.
    let per_field = |before: &str, after: &str| {
        each(kinds, |kind, s| {
            let field = &kind.field;
            s.code(field)
                .code(": ")
                .code(before)
                .code(field)
                .code(after)
                .code(",");
        })
    };
    let from_fn = {
        let fields = each(kinds, |kind, s| {
            s.code(&kind.field)
                .code(": f(IdType::")
                .code(&kind.variant)
                .code("),");
        });
        quote!(IdTable { #fields #empty_fields })
    };
    let map = {
        let fields = per_field("f(self.", ")");
        quote!(IdTable { #fields #empty_fields })
    };
    let as_ref = {
        let fields = per_field("&self.", "");
        quote!(IdTable { #fields #empty_fields })
    };
    let as_mut = {
        let fields = per_field("&mut self.", "");
        quote!(IdTable { #fields #empty_fields })
    };
    let arms = |before: &str| {
        each(kinds, |kind, s| {
            s.code("IdType::")
                .code(&kind.variant)
                .code(" => ")
                .code(before)
                .code(&kind.field)
                .code(",");
        })
    };
    let (get_arms, get_mut_arms) = (arms("&self."), arms("&mut self."));
    let pairs = |before: &str| {
        each(kinds, |kind, s| {
            s.code("(IdType::")
                .code(&kind.variant)
                .code(", ")
                .code(before)
                .code(&kind.field)
                .code("),");
        })
    };
    let (iter_pairs, iter_mut_pairs, into_iter_pairs) =
        (pairs("&self."), pairs("&mut self."), pairs("self."));
    let items = quote! {
        /// One `T` per kind of ids.toml, in a field named after the kind: `IdTable { user: …, run: … }`.
        ///
        /// A struct literal must name every kind, so adding a kind to ids.toml makes each literal fail to compile
        /// with ``missing field `job` ``. There is no `Default`, so that no literal can skip a kind; build one with
        /// a literal or [`IdTable::from_fn`], and avoid `..other` in literals for the same reason.
        // PartialEq, Hash and Debug are written by hand below: the derives expand to one expression nested once per
        // field (`a == a && b == b && …`), which overflows rustc's stack at 10,000 kinds.
        #[derive(Clone, Copy)]
        pub struct IdTable<T> {
            #fields
        }
    };
    let impls = quote! {
        impl<T> IdTable<T> {
            /// A table holding `f(kind)` for every kind, called in manifest order.
            pub fn from_fn(mut f: impl ::core::ops::FnMut(IdType) -> T) -> Self {
                #from_fn
            }

            /// The entry of `kind`.
            pub const fn get(&self, kind: IdType) -> &T {
                match kind { #get_arms }
            }

            /// The entry of `kind`, mutably.
            pub const fn get_mut(&mut self, kind: IdType) -> &mut T {
                match kind { #get_mut_arms }
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
                [#iter_pairs].into_iter()
            }

            /// Every kind with its entry, mutably, in manifest order.
            pub fn iter_mut(&mut self) -> ::core::array::IntoIter<(IdType, &mut T), #count> {
                [#iter_mut_pairs].into_iter()
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
        impl<T> ::core::iter::IntoIterator for IdTable<T> {
            type Item = (IdType, T);
            type IntoIter = ::core::array::IntoIter<(IdType, T), #count>;
            fn into_iter(self) -> Self::IntoIter {
                [#into_iter_pairs].into_iter()
            }
        }

        impl<'a, T> ::core::iter::IntoIterator for &'a IdTable<T> {
            type Item = (IdType, &'a T);
            type IntoIter = ::core::array::IntoIter<(IdType, &'a T), #count>;
            fn into_iter(self) -> Self::IntoIter {
                self.iter()
            }
        }
    };
    Parts { items, impls }
}
