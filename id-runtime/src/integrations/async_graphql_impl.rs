//! async-graphql: each typed ID is a custom scalar named after its type (`RunId`) that accepts only its own kind,
//! and `AnyId` a scalar that accepts any declared kind. Both are the TypeID string on the wire.
//!
//! The impls are those `#[Scalar]` generates (`ScalarType`, `InputType`, `OutputType`), written here so that the
//! user's crate needs no path of ours and each kind's impl is a few one-line calls into this file.
//!
//! Validation (`is_valid`) rejects only what is not a string: its message is fixed (`expected type "RunId"`), while
//! parsing the string says which kind was found and what is wrong where (`expected a `run` ID, found a `user` ID`).
//! Argument parsing happens before the field's resolver is called, so a rejected ID never reaches it.
//!
//! Written for async-graphql's default trait shape: its `boxed-trait` feature changes `OutputType::resolve` into an
//! `async_trait` method, which these impls do not match.

#[cfg(feature = "async-graphql")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "async-graphql")]
mod enabled {
    use core::fmt::Display;
    use core::str::FromStr;
    use std::sync::Arc;

    pub use async_graphql;
    use async_graphql::registry::MetaType;
    use async_graphql::{InputType, InputValueError, InputValueResult, Value};

    use crate::{IdKind, ParseIdError};

    /// The TypeID specification, the scalars' `@specifiedBy(url:)`.
    pub const TYPEID_SPEC_URL: &str = "https://github.com/jetify-com/typeid/tree/main/spec";

    /// `ScalarType::parse`: a string that parses as `T` (`RunId` or `AnyId`); the parse error's message otherwise,
    /// behind async-graphql's `Failed to parse "RunId": `.
    pub fn parse_scalar<T>(value: Value) -> InputValueResult<T>
    where
        T: InputType + FromStr<Err = ParseIdError>,
    {
        let Value::String(text) = &value else {
            return Err(InputValueError::expected_type(value));
        };
        text.parse().map_err(InputValueError::custom)
    }

    /// `ScalarType::is_valid`, checked during validation, before anything runs: a string. The string itself is
    /// checked by [`parse_scalar`], whose error names the kinds.
    #[inline]
    pub fn is_string(value: &Value) -> bool {
        matches!(value, Value::String(_))
    }

    /// `ScalarType::to_value`: the TypeID string.
    #[inline]
    pub fn scalar_value(id: &impl Display) -> Value {
        Value::String(id.to_string())
    }

    /// The registry entry of a typed ID's scalar: its name, the manifest's `doc` as description (none when empty),
    /// validation by [`is_string`] and the TypeID spec as `specifiedByURL`.
    pub fn scalar_meta(name: &str, doc: &str) -> MetaType {
        meta(name, (!doc.is_empty()).then(|| doc.to_owned()))
    }

    /// The registry entry of `AnyId`'s scalar, over the kinds `K` lists: its description names their prefixes.
    pub fn any_id_meta<K: IdKind>(name: &str) -> MetaType {
        let prefixes: Vec<&str> = <K as IdKind>::KINDS
            .iter()
            .map(|kind| kind.info().prefix)
            .collect();
        let description = format!(
            "A TypeID of any declared kind; its prefix names the kind: {}.",
            prefixes.join(", ")
        );
        meta(name, Some(description))
    }

    fn meta(name: &str, description: Option<String>) -> MetaType {
        MetaType::Scalar {
            name: name.to_owned(),
            description,
            is_valid: Some(Arc::new(is_string)),
            visible: None,
            inaccessible: false,
            tags: Vec::new(),
            specified_by_url: Some(TYPEID_SPEC_URL.to_owned()),
            directive_invocations: Vec::new(),
            requires_scopes: Vec::new(),
        }
    }

    /// The scalar of a typed ID.
    ///
    /// expands to: `impl ScalarType for RunId`, `impl InputType for RunId` and `impl OutputType for RunId`, as
    /// async-graphql's `#[Scalar(name = "RunId")]` would, with `doc` as description.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __async_graphql {
        ($ty:ident, $name:literal, $doc:literal) => {
            $crate::__async_graphql_scalar!($ty, $name, |_| {
                $crate::__private::integrations::scalar_meta($name, $doc)
            });
        };
    }

    /// The scalar `AnyId`, over the kinds of the `IdType` beside it.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __async_graphql_any {
        ($ty:ident) => {
            $crate::__async_graphql_scalar!($ty, "AnyId", |_| {
                $crate::__private::integrations::any_id_meta::<IdType>("AnyId")
            });
        };
    }

    /// The three impls of one scalar, with `$meta` building its registry entry.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __async_graphql_scalar {
        ($ty:ident, $name:literal, $meta:expr) => {
            impl $crate::__private::integrations::async_graphql::ScalarType for $ty {
                fn parse(
                    value: $crate::__private::integrations::async_graphql::Value,
                ) -> $crate::__private::integrations::async_graphql::InputValueResult<Self> {
                    $crate::__private::integrations::parse_scalar(value)
                }

                fn is_valid(value: &$crate::__private::integrations::async_graphql::Value) -> bool {
                    $crate::__private::integrations::is_string(value)
                }

                fn to_value(&self) -> $crate::__private::integrations::async_graphql::Value {
                    $crate::__private::integrations::scalar_value(self)
                }
            }

            impl $crate::__private::integrations::async_graphql::InputType for $ty {
                type RawValueType = Self;

                fn type_name() -> ::std::borrow::Cow<'static, str> {
                    ::std::borrow::Cow::Borrowed($name)
                }

                fn create_type_info(
                    registry: &mut $crate::__private::integrations::async_graphql::registry::Registry,
                ) -> ::std::string::String {
                    registry.create_input_type::<Self, _>(
                        $crate::__private::integrations::async_graphql::registry::MetaTypeId::Scalar,
                        $meta,
                    )
                }

                fn parse(
                    value: ::core::option::Option<
                        $crate::__private::integrations::async_graphql::Value,
                    >,
                ) -> $crate::__private::integrations::async_graphql::InputValueResult<Self> {
                    $crate::__private::integrations::parse_scalar(value.unwrap_or_default())
                }

                fn to_value(&self) -> $crate::__private::integrations::async_graphql::Value {
                    $crate::__private::integrations::scalar_value(self)
                }

                fn as_raw_value(&self) -> ::core::option::Option<&Self> {
                    ::core::option::Option::Some(self)
                }
            }

            impl $crate::__private::integrations::async_graphql::OutputType for $ty {
                fn type_name() -> ::std::borrow::Cow<'static, str> {
                    ::std::borrow::Cow::Borrowed($name)
                }

                fn create_type_info(
                    registry: &mut $crate::__private::integrations::async_graphql::registry::Registry,
                ) -> ::std::string::String {
                    registry.create_output_type::<Self, _>(
                        $crate::__private::integrations::async_graphql::registry::MetaTypeId::Scalar,
                        $meta,
                    )
                }

                async fn resolve(
                    &self,
                    _: &$crate::__private::integrations::async_graphql::ContextSelectionSet<'_>,
                    _: &$crate::__private::integrations::async_graphql::Positioned<
                        $crate::__private::integrations::async_graphql::parser::types::Field,
                    >,
                ) -> $crate::__private::integrations::async_graphql::ServerResult<
                    $crate::__private::integrations::async_graphql::Value,
                > {
                    ::core::result::Result::Ok($crate::__private::integrations::scalar_value(self))
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "async-graphql"))]
super::expand_to_nothing!($ __async_graphql, __async_graphql_any);
