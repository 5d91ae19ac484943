//! One concrete newtype per kind: `pub struct RunId(Uuid)` with parsing, formatting, generation and serde.
//!
//! Each impl is a one-line call into a non-generic `id_runtime::__private` function, so a manifest of 1000 kinds
//! compiles fast and the runtime can change without breaking expansions.

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
    quote! {
        #type_docs
        #deprecated
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(transparent)]
        pub struct #type_name(::id_runtime::__private::Uuid);

        #[allow(deprecated)]
        impl #type_name {
            /// The canonical TypeID prefix, written before `_`.
            pub const PREFIX: &'static str = #prefix;
            /// This kind in [`IdType`].
            pub const TYPE: IdType = IdType::#variant;

            /// A new ID: UUIDv7 by default (time-ordered, monotonic within the process), or what ids.toml says.
            #[allow(clippy::new_without_default)]
            pub fn new() -> Self {
                Self(::id_runtime::__private::generate(<Self as ::id_runtime::TypedId>::INFO))
            }

            /// Wraps an existing UUID as an ID of this kind.
            pub const fn from_uuid(uuid: ::id_runtime::__private::Uuid) -> Self {
                Self(uuid)
            }

            /// The UUID inside.
            pub const fn uuid(self) -> ::id_runtime::__private::Uuid {
                self.0
            }

            /// Parses the TypeID text of this kind; an ID of any other kind is an error naming both.
            pub fn parse(id: &str) -> ::core::result::Result<Self, ::id_runtime::ParseIdError> {
                match ::id_runtime::__private::parse_typed(id, <Self as ::id_runtime::TypedId>::INFO) {
                    ::core::result::Result::Ok(uuid) => ::core::result::Result::Ok(Self(uuid)),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }

            /// Writes the TypeID text into a stack buffer, without allocating.
            pub fn encode<'b>(&self, buf: &'b mut ::id_runtime::IdBuf) -> &'b str {
                <Self as ::id_runtime::TypedId>::encode(self, buf)
            }
        }

        #[allow(deprecated)]
        impl ::id_runtime::TypedId for #type_name {
            const INFO: &'static ::id_runtime::IdInfo = &#info;
            fn from_uuid(uuid: ::id_runtime::__private::Uuid) -> Self {
                Self(uuid)
            }
            fn uuid(&self) -> ::id_runtime::__private::Uuid {
                self.0
            }
        }

        #[allow(deprecated)]
        impl ::core::str::FromStr for #type_name {
            type Err = ::id_runtime::ParseIdError;
            fn from_str(id: &str) -> ::core::result::Result<Self, ::id_runtime::ParseIdError> {
                Self::parse(id)
            }
        }

        /// The TypeID text: `run_01h455vb4pex5vsknk084sn02q`.
        #[allow(deprecated)]
        impl ::core::fmt::Display for #type_name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::id_runtime::__private::fmt_display(Self::PREFIX, self.0, f)
            }
        }

        #[allow(deprecated)]
        impl ::core::fmt::Debug for #type_name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::id_runtime::__private::fmt_debug(#type_name_str, Self::PREFIX, self.0, f)
            }
        }

        #[allow(deprecated)]
        impl ::core::convert::From<#type_name> for ::id_runtime::__private::Uuid {
            fn from(id: #type_name) -> Self {
                id.0
            }
        }

        /// TypeID text in human-readable formats (JSON), the 16 UUID bytes in binary ones.
        #[allow(deprecated)]
        impl ::id_runtime::__private::serde::Serialize for #type_name {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: ::id_runtime::__private::serde::Serializer,
            {
                ::id_runtime::__private::serialize_typed(Self::PREFIX, self.0, serializer)
            }
        }

        #[allow(deprecated)]
        impl<'de> ::id_runtime::__private::serde::Deserialize<'de> for #type_name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: ::id_runtime::__private::serde::Deserializer<'de>,
            {
                ::id_runtime::__private::deserialize_typed::<Self, D>(deserializer)
            }
        }

        // expands to: the sqlx, schemars and utoipa impls of the features id-runtime was built with.
        ::id_runtime::__private::integrations!(
            #type_name, name = #type_name_str, pattern = #pattern, doc = #doc, example = #example
        );

        #[allow(deprecated)]
        impl ::core::convert::From<#type_name> for AnyId {
            fn from(id: #type_name) -> Self {
                AnyId::#variant(id)
            }
        }

        /// Fails with the kinds expected and found, and gives the `AnyId` back.
        #[allow(deprecated)]
        impl ::core::convert::TryFrom<AnyId> for #type_name {
            type Error = ::id_runtime::WrongIdType<AnyId>;
            fn try_from(id: AnyId) -> ::core::result::Result<Self, Self::Error> {
                if let AnyId::#variant(typed) = id {
                    ::core::result::Result::Ok(typed)
                } else {
                    ::core::result::Result::Err(::id_runtime::WrongIdType {
                        expected: #key,
                        found: id.id_type().name(),
                        value: id,
                    })
                }
            }
        }
    }
}
