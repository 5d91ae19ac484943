//! utoipa: each typed ID is an OpenAPI string schema with the exact pattern of its kind.

#[cfg(feature = "utoipa")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "utoipa")]
mod enabled {
    pub use utoipa;

    use utoipa::openapi::RefOr;
    use utoipa::openapi::extensions::Extensions;
    use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaFormat, Type};

    /// The OpenAPI schema of one kind: `type: string`, `format: typeid`, its pattern, its canonical prefix as the
    /// extension `x-typeid-prefix`, description and an example.
    pub fn openapi_schema(prefix: &str, pattern: &str, doc: &str, example: &str) -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::Custom("typeid".to_owned())))
            .pattern(Some(pattern))
            .extensions(Some(Extensions::from_iter([("x-typeid-prefix", prefix)])))
            .description((!doc.is_empty()).then_some(doc))
            .examples([example])
            .into()
    }

    /// `PartialSchema` and `ToSchema` for a typed ID.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __utoipa {
        ($ty:ident, $name:literal, $prefix:literal, $pattern:literal, $doc:literal, $example:literal) => {
            impl $crate::__private::integrations::utoipa::PartialSchema for $ty {
                fn schema() -> $crate::__private::integrations::utoipa::openapi::RefOr<
                    $crate::__private::integrations::utoipa::openapi::schema::Schema,
                > {
                    $crate::__private::integrations::openapi_schema(
                        $prefix, $pattern, $doc, $example,
                    )
                }
            }

            impl $crate::__private::integrations::utoipa::ToSchema for $ty {
                fn name() -> ::std::borrow::Cow<'static, str> {
                    ::std::borrow::Cow::Borrowed($name)
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "utoipa"))]
super::expand_to_nothing!($ __utoipa);
