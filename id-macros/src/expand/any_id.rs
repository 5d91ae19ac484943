//! `AnyId`: an ID of any declared kind, parsed by its prefix.

use proc_macro2::TokenStream;
use quote::quote;

use super::source::{Source, each};
use super::{KindTokens, Parts};

pub(crate) fn expand(kinds: &[KindTokens]) -> Parts {
    let variants = each(kinds, |kind, s| {
        s.code(&kind.variant_docs)
            .code(&kind.deprecated)
            .code(&kind.variant)
            .code("(")
            .code(&kind.type_name)
            .code("),");
    });
    let id_type_arms = each(kinds, |kind, s| {
        s.code("AnyId::")
            .code(&kind.variant)
            .code("(_) => IdType::")
            .code(&kind.variant)
            .code(",");
    });
    let uuid_arms = each(kinds, |kind, s| {
        s.code("AnyId::").code(&kind.variant).code("(id) => id.0,");
    });
    let prefix_count: usize = kinds.iter().map(|kind| 1 + kind.aliases.len()).sum();
    let (dispatch, dispatch_helper) = if prefix_count < HASHED_FROM {
        (decision_tree(kinds), TokenStream::new())
    } else {
        hash_table(kinds, prefix_count)
    };

    let known = each(kinds, |kind, s| {
        for prefix in std::iter::once(&kind.prefix).chain(&kind.aliases) {
            s.string(prefix).code(",");
        }
    });
    let owners = kinds
        .iter()
        .enumerate()
        .flat_map(|(index, kind)| std::iter::repeat_n(index, 1 + kind.aliases.len()));
    let accept_uuid = each(kinds, |kind, s| {
        if kind.accept_uuid {
            s.string(&kind.key).code(",");
        }
    });
    let items = quote! {
        /// An ID of any kind declared in ids.toml, parsed by its prefix.
        // Only `Clone` and `Copy` are derived: the derives of the other traits match every pair of variants, which
        // took seconds to check at 1000 kinds. The impls below compare `(id_type(), uuid())`, which orders and
        // hashes exactly as the derives would (variant first, in manifest order, then the UUID).
        #[derive(Clone, Copy)]
        // The variant of a deprecated kind names its deprecated newtype; only uses outside should warn.
        #[allow(deprecated)]
        pub enum AnyId {
            #variants
        }
    };
    let impls = quote! {
        // Every prefix and alias in manifest order (a kind's prefix, then its aliases), and the kinds that take a
        // bare UUID: what parse errors quote.
        const __ANY_ID_PREFIXES: &[&str] = &[#known];
        // The kind (its position in `IdType::ALL`) of each entry of `__ANY_ID_PREFIXES`.
        const __ANY_ID_OWNERS: &[usize] = &[#(#owners),*];
        const __ANY_ID_ACCEPT_UUID: &[&str] = &[#accept_uuid];

        #dispatch_helper
        impl AnyId {

            /// The kind of this ID.
            pub const fn id_type(self) -> IdType {
                match self { #id_type_arms }
            }

            /// The UUID inside.
            pub const fn uuid(self) -> __private::Uuid {
                match self { #uuid_arms }
            }

            /// When the ID was made: the timestamp of a UUIDv7, to the millisecond; `None` for other versions.
            pub fn created_at(self) -> Option<::std::time::SystemTime> {
                __private::created_at(self.uuid())
            }

            /// Parses an ID of any declared kind; an unknown prefix gets a did-you-mean.
            // Always inlined, like `RunId::parse`: the `Result` is then built in the caller's registers rather than
            // returned through memory, which the caller's next move of it would stall on.
            #[inline(always)]
            pub fn parse(id: &str) -> Result<AnyId, ::id_runtime::ParseIdError> {
                let (prefix, uuid) =
                    __private::parse_any_id_for_match(id, __ANY_ID_ACCEPT_UUID)?;
                #dispatch
            }

            /// Writes the TypeID text into a stack buffer, without allocating.
            pub fn encode<'b>(&self, buf: &'b mut ::id_runtime::IdBuf) -> &'b str {
                __private::encode(self.id_type().prefix(), self.uuid(), buf)
            }

        }

        impl ::core::cmp::PartialEq for AnyId {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.id_type() == other.id_type() && self.uuid() == other.uuid()
            }
        }

        impl ::core::cmp::Eq for AnyId {}

        /// By kind (in manifest order), then by UUID.
        impl ::core::cmp::PartialOrd for AnyId {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<::core::cmp::Ordering> {
                Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        impl ::core::cmp::Ord for AnyId {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                (self.id_type(), self.uuid()).cmp(&(other.id_type(), other.uuid()))
            }
        }

        impl ::core::hash::Hash for AnyId {
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                self.id_type().hash(state);
                self.uuid().hash(state);
            }
        }

        /// `Run(RunId(run_01h4…))`, as a derive would print it.
        impl ::core::fmt::Debug for AnyId {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let index = self.id_type() as usize;
                __private::fmt_any_debug(
                    __ID_TYPE_VARIANTS[index],
                    __ID_TYPE_TYPE_NAMES[index],
                    __ID_TYPE_PREFIXES[index],
                    self.uuid(),
                    f,
                )
            }
        }
        impl ::core::str::FromStr for AnyId {
            type Err = ::id_runtime::ParseIdError;
            #[inline(always)]
            fn from_str(id: &str) -> Result<AnyId, ::id_runtime::ParseIdError> {
                AnyId::parse(id)
            }
        }

        /// Parses an ID of any declared kind, as [`AnyId::parse`].
        impl ::core::convert::TryFrom<&str> for AnyId {
            type Error = ::id_runtime::ParseIdError;
            #[inline]
            fn try_from(id: &str) -> Result<AnyId, ::id_runtime::ParseIdError> {
                AnyId::parse(id)
            }
        }

        /// Parses an ID of any declared kind, as [`AnyId::parse`].
        impl ::core::convert::TryFrom<::std::string::String> for AnyId {
            type Error = ::id_runtime::ParseIdError;
            #[inline]
            fn try_from(id: ::std::string::String) -> Result<AnyId, ::id_runtime::ParseIdError> {
                AnyId::parse(&id)
            }
        }

        /// The TypeID text, with its canonical prefix.
        impl ::core::fmt::Display for AnyId {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __private::fmt_display(self.id_type().prefix(), self.uuid(), f)
            }
        }
        impl ::core::convert::From<AnyId> for ::id_runtime::DynamicId {
            fn from(id: AnyId) -> Self {
                __private::dynamic_id(id.id_type().prefix(), id.uuid())
            }
        }

        /// Always the TypeID text, in every format: the bytes alone would lose the kind.
        impl __private::serde::Serialize for AnyId {
            fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
            where
                S: __private::serde::Serializer,
            {
                __private::serialize_text(self.id_type().prefix(), self.uuid(), serializer)
            }
        }

        impl<'de> __private::serde::Deserialize<'de> for AnyId {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
            where
                D: __private::serde::Deserializer<'de>,
            {
                __private::deserialize_from_str::<Self, D>(deserializer)
            }
        }

        // expands to: the sqlx, diesel and SeaORM impls (as TEXT), the arbitrary and proptest impls and the GraphQL
        // scalar, each when id-runtime was built with its feature, else nothing.
        __private::any_id_integrations!(AnyId);
    };
    Parts { items, impls }
}

/// From this many prefixes (aliases included) on, `AnyId::parse` finds the kind in a hash table rather than a
/// decision tree. Below it the tree is faster (a couple of ns when the branch predictor knows the way); above it,
/// with IDs of many kinds in mixed order, every level of the tree mispredicts while the table costs one hash and
/// one comparison (`benches/`, "parse any kind", 1000 kinds mixed).
const HASHED_FROM: usize = 64;

/// The body of `AnyId::parse` after the split, for few prefixes: canonical prefixes and aliases dispatch to their
/// kind as byte-array patterns. rustc lowers a match on `[b'r', b'u', b'n']`-style patterns to a decision tree
/// (length, then a switch on each byte), where string patterns would be compared one after another.
fn decision_tree(kinds: &[KindTokens]) -> TokenStream {
    let prefix_arms = each(kinds, |kind, s| {
        for (index, prefix) in std::iter::once(&kind.prefix)
            .chain(&kind.aliases)
            .enumerate()
        {
            if index > 0 {
                s.code(" | ");
            }
            byte_pattern(prefix, s);
        }
        s.code(" => Result::Ok(AnyId::")
            .code(&kind.variant)
            .code("(")
            .code(&kind.type_name)
            .code("(uuid))),");
    });
    quote! {
        match prefix.as_bytes() {
            #prefix_arms
            _ => Result::Err(
                __private::unknown_prefix(prefix, __ANY_ID_PREFIXES),
            ),
        }
    }
}

/// The body of `AnyId::parse` after the split, for many prefixes: the position of the prefix in
/// `__ANY_ID_PREFIXES` from a hash table built at compile time (`id_runtime`'s `prefix_table.rs`), then the kind of
/// that position; and `__any_id_at`, which maps the position to the kind. `__any_id_at` is a function of its own (and
/// not always inlined), so a debug build compiles its match once rather than at every call of `parse`; optimized,
/// the match becomes one store of the position as the tag.
fn hash_table(kinds: &[KindTokens], prefix_count: usize) -> (TokenStream, TokenStream) {
    let mut position = 0usize;
    let position_arms = each(kinds, |kind, s| {
        // The kind's prefix and then its aliases, as `__ANY_ID_PREFIXES` lists them: `3 | 4 => …`.
        for alternative in 0..1 + kind.aliases.len() {
            if alternative > 0 {
                s.code(" | ");
            }
            s.code(&position.to_string());
            position += 1;
        }
        s.code(" => Option::Some(AnyId::")
            .code(&kind.variant)
            .code("(")
            .code(&kind.type_name)
            .code("(uuid))),");
    });
    let body = quote! {
        static TABLE: __private::PrefixTable<
            { __private::slots_for(#prefix_count) },
            #prefix_count,
        > = __private::PrefixTable::new(__ANY_ID_PREFIXES);
        match TABLE.find(__ANY_ID_PREFIXES, id.as_bytes(), prefix.len()).and_then(|at| __any_id_at(at, uuid)) {
            Option::Some(any) => Result::Ok(any),
            Option::None => Result::Err(
                __private::unknown_prefix(prefix, __ANY_ID_PREFIXES),
            ),
        }
    };
    let helper = quote! {
        /// The ID of the kind whose prefix or alias is at `position` in `__ANY_ID_PREFIXES`.
        #[inline]
        fn __any_id_at(position: usize, uuid: __private::Uuid) -> Option<AnyId> {
            match position {
                #position_arms
                _ => Option::None,
            }
        }
    };
    (body, helper)
}

/// `run` → `[b'r', b'u', b'n']`. Prefixes are `[a-z_]`, checked by id-manifest; any other byte would be written as
/// a number, which is as valid a pattern.
fn byte_pattern(prefix: &str, s: &mut Source) {
    s.code("[");
    for byte in prefix.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'_' {
            s.code("b'").code(&char::from(byte).to_string()).code("',");
        } else {
            s.code(&format!("{byte}u8,"));
        }
    }
    s.code("]");
}
