//! schemars: each typed ID is a JSON Schema string with the exact pattern of its kind.

#[cfg(feature = "schemars")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "schemars")]
mod enabled {
    pub use schemars;

    /// The schema of one kind: `type: string`, `format: typeid`, its pattern, its canonical prefix as
    /// `x-typeid-prefix`, description and an example.
    pub fn json_schema(prefix: &str, pattern: &str, doc: &str, example: &str) -> schemars::Schema {
        let mut schema = schemars::json_schema!({
            "type": "string",
            "format": "typeid",
            "pattern": pattern,
            "x-typeid-prefix": prefix,
            "examples": [example],
        });
        if !doc.is_empty() {
            schema.insert("description".into(), doc.into());
        }
        schema
    }

    /// `JsonSchema` for a typed ID.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __schemars {
        ($ty:ident, $name:literal, $prefix:literal, $pattern:literal, $doc:literal, $example:literal) => {
            impl $crate::__private::integrations::schemars::JsonSchema for $ty {
                fn schema_name() -> ::std::borrow::Cow<'static, str> {
                    ::std::borrow::Cow::Borrowed($name)
                }
                fn schema_id() -> ::std::borrow::Cow<'static, str> {
                    ::std::borrow::Cow::Borrowed(::core::concat!(
                        ::core::module_path!(),
                        "::",
                        $name
                    ))
                }
                fn json_schema(
                    _: &mut $crate::__private::integrations::schemars::SchemaGenerator,
                ) -> $crate::__private::integrations::schemars::Schema {
                    $crate::__private::integrations::json_schema($prefix, $pattern, $doc, $example)
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "schemars"))]
super::expand_to_nothing!($ __schemars);
