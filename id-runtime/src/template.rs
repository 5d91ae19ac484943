//! The body of every generated newtype, as a `macro_rules!` template the `#[ids]` macro invokes once per kind.
//!
//! A proc macro hands each token it emits to the compiler one at a time, which made the ~1500 tokens per kind the
//! larger part of expanding a 1000-kind manifest. The macro now emits a short `newtype! { … }` call per kind and
//! rustc expands this template itself. Every impl in it stays a one-line call into a non-generic `__private`
//! function. Names the template does not qualify (`IdType`, `AnyId`) resolve where the macro is invoked: the
//! annotated module.

/// `RunId`, its inherent methods and its trait impls. Not public API: invoked only by `#[ids]`.
#[doc(hidden)]
#[macro_export]
macro_rules! __newtype {
    (
        $(#[$attr:meta])*
        $type_name:ident,
        variant = $variant:ident,
        prefix = $prefix:literal,
        key = $key:literal,
        name = $type_name_str:literal,
        info = $info:expr $(,)?
    ) => {
        $(#[$attr])*
        // `PartialEq` is derived so that constants of this type can be used as patterns; the other impls are
        // written out below, which is lighter to compile at 1000 kinds than the derives.
        #[derive(PartialEq)]
        // Aligned like a `u128` (a `Uuid` is bytes, aligned to 1): in `Result<RunId, ParseIdError>` and in `AnyId`
        // the UUID then sits on an 8-byte boundary, which the error's words share, so returning either is whole
        // 8-byte moves. At offset 1 or 2 every return split it into odd pieces and shifted them together, which
        // cost `AnyId::parse` and the wrong-prefix rejection (BENCHMARKS.md, "What was tried").
        #[repr(align(8))]
        pub struct $type_name($crate::__private::Uuid);

        // The impls in one anonymous const, as serde_derive writes them: one `allow` for a deprecated kind and one
        // `use` for the paths they share, and nothing named here reaches the annotated module.
        #[allow(deprecated)]
        const _: () = {
            use $crate::__private;
            use ::core::option::Option;
            use ::core::result::Result;

            impl ::core::clone::Clone for $type_name {
                #[inline]
                fn clone(&self) -> Self {
                    *self
                }
            }

            impl ::core::marker::Copy for $type_name {}

            impl ::core::cmp::Eq for $type_name {}

            /// Ordered by the UUID inside: by creation time for UUIDv7 IDs.
            impl ::core::cmp::PartialOrd for $type_name {
                #[inline]
                fn partial_cmp(&self, other: &Self) -> Option<::core::cmp::Ordering> {
                    Option::Some(self.0.cmp(&other.0))
                }
            }

            impl ::core::cmp::Ord for $type_name {
                #[inline]
                fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                    self.0.cmp(&other.0)
                }
            }

            impl ::core::hash::Hash for $type_name {
                #[inline]
                fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                    self.0.hash(state)
                }
            }

            impl $type_name {
                /// The canonical TypeID prefix, written before `_`.
                pub const PREFIX: &'static str = $prefix;
                /// This kind in [`IdType`].
                pub const TYPE: IdType = IdType::$variant;

                $crate::__new_fn!();

                /// Wraps an existing UUID as an ID of this kind.
                #[inline]
                pub const fn from_uuid(uuid: __private::Uuid) -> Self {
                    Self(uuid)
                }

                /// The UUID inside.
                #[inline]
                pub const fn uuid(self) -> __private::Uuid {
                    self.0
                }

                /// The ID of a literal, checked at compile time in a `const` or `static` item (or a `const { … }`
                /// block): a string that `parse` rejects, such as an ID of another kind, is then a compile error
                /// naming the rule it breaks. Aliases and bare UUIDs are accepted as `parse` accepts them.
                ///
                /// # Panics
                ///
                /// Where it runs at run time instead, on a string that `parse` rejects: use `parse` for input.
                #[track_caller]
                #[inline]
                pub const fn from_static(id: &'static str) -> Self {
                    Self(__private::from_static(id, <Self as $crate::TypedId>::INFO))
                }

                /// When the ID was made: the timestamp of a UUIDv7, to the millisecond; `None` for other versions.
                #[inline]
                pub fn created_at(self) -> Option<::std::time::SystemTime> {
                    __private::created_at(self.0)
                }

                /// Parses the TypeID text of this kind; an ID of any other kind is an error naming both.
                #[inline]
                pub fn parse(id: &str) -> Result<Self, $crate::ParseIdError> {
                    __private::parse_typed_as::<Self>(id)
                }

                /// Writes the TypeID text into a stack buffer, without allocating.
                #[inline]
                pub fn encode<'b>(&self, buf: &'b mut $crate::IdBuf) -> &'b str {
                    <Self as $crate::TypedId>::encode(self, buf)
                }
            }

            impl __private::Generated for $type_name {}

            impl __private::UuidField for $type_name {
                #[inline]
                fn uuid_field(&self) -> &__private::Uuid {
                    &self.0
                }
            }

            impl $crate::TypedId for $type_name {
                const INFO: &'static $crate::IdInfo = &$info;
                #[inline]
                fn from_uuid(uuid: __private::Uuid) -> Self {
                    Self(uuid)
                }
                #[inline]
                fn uuid(&self) -> __private::Uuid {
                    self.0
                }
            }

            impl ::core::str::FromStr for $type_name {
                type Err = $crate::ParseIdError;
                #[inline]
                fn from_str(id: &str) -> Result<Self, $crate::ParseIdError> {
                    Self::parse(id)
                }
            }

            /// Parses the TypeID text of this kind, as `parse`.
            impl ::core::convert::TryFrom<&str> for $type_name {
                type Error = $crate::ParseIdError;
                #[inline]
                fn try_from(id: &str) -> Result<Self, $crate::ParseIdError> {
                    Self::parse(id)
                }
            }

            /// Parses the TypeID text of this kind, as `parse`.
            impl ::core::convert::TryFrom<::std::string::String> for $type_name {
                type Error = $crate::ParseIdError;
                #[inline]
                fn try_from(id: ::std::string::String) -> Result<Self, $crate::ParseIdError> {
                    Self::parse(&id)
                }
            }

            /// The TypeID text: `run_01h455vb4pex5vsknk084sn02q`.
            impl ::core::fmt::Display for $type_name {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __private::fmt_display(Self::PREFIX, self.0, f)
                }
            }

            impl ::core::fmt::Debug for $type_name {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __private::fmt_debug($type_name_str, Self::PREFIX, self.0, f)
                }
            }

            impl ::core::convert::From<$type_name> for __private::Uuid {
                #[inline]
                fn from(id: $type_name) -> Self {
                    id.0
                }
            }

            /// TypeID text in human-readable formats (JSON), the 16 UUID bytes in binary ones.
            impl __private::serde::Serialize for $type_name {
                #[inline]
                fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
                where
                    S: __private::serde::Serializer,
                {
                    __private::serialize_typed(Self::PREFIX, self.0, serializer)
                }
            }

            impl<'de> __private::serde::Deserialize<'de> for $type_name {
                #[inline]
                fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
                where
                    D: __private::serde::Deserializer<'de>,
                {
                    __private::deserialize_typed::<Self, D>(deserializer)
                }
            }

            impl ::core::convert::From<$type_name> for AnyId {
                #[inline]
                fn from(id: $type_name) -> Self {
                    AnyId::$variant(id)
                }
            }

            /// Fails with the kinds expected and found, and gives the `AnyId` back.
            impl ::core::convert::TryFrom<AnyId> for $type_name {
                type Error = $crate::WrongIdType<AnyId>;
                #[inline]
                fn try_from(id: AnyId) -> Result<Self, Self::Error> {
                    if let AnyId::$variant(typed) = id {
                        Result::Ok(typed)
                    } else {
                        Result::Err($crate::WrongIdType {
                            expected: <Self as $crate::TypedId>::INFO,
                            found: id.id_type().info(),
                            value: id,
                        })
                    }
                }
            }
        };
    };
}

/// `RunId::new()`, inside the generated `impl RunId`.
#[cfg(any(
    feature = "wasm-js",
    not(all(target_family = "wasm", target_os = "unknown"))
))]
#[doc(hidden)]
#[macro_export]
macro_rules! __new_fn {
    () => {
        /// A new ID: UUIDv7 by default (time-ordered, strictly increasing within the process), or what ids.toml says.
        #[allow(clippy::new_without_default)]
        #[inline]
        pub fn new() -> Self {
            Self($crate::__private::generate(<Self as $crate::TypedId>::INFO))
        }
    };
}

/// `RunId::new()` where this build has no generator (wasm32-unknown-unknown without `wasm-js`): calling it is a
/// compile error that names the feature, through a bound that can never hold; code that never calls it compiles.
#[cfg(not(any(
    feature = "wasm-js",
    not(all(target_family = "wasm", target_os = "unknown"))
)))]
#[doc(hidden)]
#[macro_export]
macro_rules! __new_fn {
    () => {
        /// A new ID. Not available in this build: on wasm32-unknown-unknown, enable the `wasm-js` feature of
        /// id-runtime.
        #[allow(clippy::new_without_default)]
        #[inline]
        pub fn new<'unavailable>() -> Self
        where
            &'unavailable (): $crate::__private::GenerationNeedsWasmJs,
        {
            Self(<&'unavailable () as $crate::__private::GenerationNeedsWasmJs>::unreachable())
        }
    };
}
