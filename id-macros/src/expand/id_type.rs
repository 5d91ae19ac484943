//! `IdType`: the enum of every kind, with `ALL`, `COUNT`, names, prefixes and metadata.

use quote::quote;

use super::source::each;
use super::{KindTokens, Parts};

pub(crate) fn expand(kinds: &[KindTokens]) -> Parts {
    let count = kinds.len();
    let variants = each(kinds, |kind, s| {
        s.code(&kind.variant_docs)
            .code(&kind.deprecated)
            .code(&kind.variant)
            .code(",");
    });
    let all = each(kinds, |kind, s| {
        s.code("IdType::").code(&kind.variant).code(",");
    });
    let names = each(kinds, |kind, s| {
        s.string(&kind.key).code(",");
    });
    let prefixes = each(kinds, |kind, s| {
        s.string(&kind.prefix).code(",");
    });
    let variant_names = each(kinds, |kind, s| {
        s.string(&kind.variant).code(",");
    });
    let type_names = each(kinds, |kind, s| {
        s.string(&kind.type_name).code(",");
    });
    let infos = each(kinds, |kind, s| {
        s.code("<")
            .code(&kind.type_name)
            .code(" as ::id_runtime::TypedId>::INFO,");
    });
    let from_name_arms = each(kinds, |kind, s| {
        s.string(&kind.key)
            .code(" => ::core::result::Result::Ok(IdType::")
            .code(&kind.variant)
            .code("),");
    });
    let items = quote! {
        /// Every ID kind declared in ids.toml, in file order.
        ///
        /// Match on it without a wildcard arm: a kind added to ids.toml then fails to compile wherever it is not
        /// handled.
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum IdType {
            #variants
        }
    };
    let impls = quote! {
        // Per-kind facts as arrays indexed by the variant's position, so that the methods below are one lookup
        // rather than a match over every kind (the matches cost seconds of compile time at 1000 kinds). Inside the
        // anonymous const: users see only the methods.
        const __ID_TYPE_KEYS: &[&str] = &[#names];
        const __ID_TYPE_PREFIXES: &[&str] = &[#prefixes];
        const __ID_TYPE_VARIANTS: &[&str] = &[#variant_names];
        const __ID_TYPE_TYPE_NAMES: &[&str] = &[#type_names];
        const __ID_TYPE_INFOS: &[&::id_runtime::IdInfo] = &[#infos];
        impl IdType {
            /// Every kind, in manifest order.
            pub const ALL: [IdType; #count] = [#all];
            /// How many kinds the manifest declares.
            pub const COUNT: usize = #count;

            /// The canonical TypeID prefix of this kind (`"run"`).
            pub const fn prefix(self) -> &'static str {
                __ID_TYPE_PREFIXES[self as usize]
            }

            /// The manifest key of this kind (`"run"` for `[types.run]`).
            pub const fn name(self) -> &'static str {
                __ID_TYPE_KEYS[self as usize]
            }

            /// Everything ids.toml declares about this kind.
            pub const fn info(self) -> &'static ::id_runtime::IdInfo {
                __ID_TYPE_INFOS[self as usize]
            }

            /// The kind of a full ID string (`"run_01h4…"` → `IdType::Run`); the whole ID is validated.
            pub fn of(id: &str) -> Result<IdType, ::id_runtime::ParseIdError> {
                match id.parse::<AnyId>() {
                    Result::Ok(id) => Result::Ok(id.id_type()),
                    Result::Err(error) => Result::Err(error),
                }
            }
        }

        impl __private::Generated for IdType {}
        impl ::id_runtime::IdKind for IdType {
            const KINDS: &'static [IdType] = &IdType::ALL;
            const TABLE: ::id_runtime::KindTable<'static> = ::id_runtime::KindTable::new(
                __ID_TYPE_KEYS,
                __ANY_ID_PREFIXES,
                __ANY_ID_OWNERS,
                __ANY_ID_ACCEPT_UUID,
            );
            fn info(self) -> &'static ::id_runtime::IdInfo {
                IdType::info(self)
            }
        }

        /// The variant's name: `Run`.
        impl ::core::fmt::Debug for IdType {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(__ID_TYPE_VARIANTS[*self as usize])
            }
        }

        /// The manifest key: `run`.
        impl ::core::fmt::Display for IdType {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.name())
            }
        }

        /// Parses a manifest key (`"run"`); an unknown one gets a did-you-mean.
        impl ::core::str::FromStr for IdType {
            type Err = ::id_runtime::ParseIdError;
            fn from_str(name: &str) -> Result<IdType, ::id_runtime::ParseIdError> {
                match name {
                    #from_name_arms
                    unknown => Result::Err(
                        __private::unknown_type(unknown, __ID_TYPE_KEYS),
                    ),
                }
            }
        }
    };
    Parts { items, impls }
}
