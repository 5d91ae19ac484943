//! sqlx: typed IDs are UUIDs in the database — PostgreSQL's native `uuid`, SQLite's 16-byte BLOB — and `AnyId`
//! is its TypeID text.
//!
//! The impls are generic over the database and delegate to `uuid::Uuid`'s, so every database sqlx supports with
//! its `uuid` feature works the same way; a value of the wrong size fails to decode instead of being misread. SQLite
//! columns hold any type, and sqlx's own `Uuid` decoder reads the bytes of TEXT too, so on SQLite a typed ID first
//! checks that the value is a BLOB (and `AnyId` that it is TEXT): `'0123456789abcdef'` is not an ID.

#[cfg(any(feature = "sqlx-sqlite", feature = "sqlx-postgres"))]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(any(feature = "sqlx-sqlite", feature = "sqlx-postgres"))]
mod enabled {
    use std::borrow::Cow;

    pub use sqlx_core;
    use sqlx_core::database::Database;
    use sqlx_core::decode::Decode;
    use sqlx_core::encode::{Encode, IsNull};
    use sqlx_core::error::BoxDynError;
    use sqlx_core::type_info::TypeInfo;
    use sqlx_core::value::ValueRef;
    use uuid::Uuid;

    use crate::TypedId;

    #[cfg(feature = "sqlx-postgres")]
    pub use sqlx_postgres;

    /// `Database::NAME` of sqlx's SQLite driver, whose values carry their storage class (`TypeInfo::name`).
    const SQLITE: &str = "SQLite";

    /// `Encode` for a typed ID: its UUID, as `Uuid` encodes it.
    #[doc(hidden)]
    #[inline]
    pub fn sqlx_encode_uuid<'q, DB, T>(
        id: &T,
        buf: &mut <DB as Database>::ArgumentBuffer,
    ) -> Result<IsNull, BoxDynError>
    where
        DB: Database,
        T: TypedId,
        Uuid: Encode<'q, DB>,
    {
        <Uuid as Encode<'q, DB>>::encode_by_ref(&id.uuid(), buf)
    }

    /// `Encode` for `AnyId`: its TypeID text.
    #[doc(hidden)]
    #[inline]
    pub fn sqlx_encode_text<'q, DB, A>(
        id: &A,
        buf: &mut <DB as Database>::ArgumentBuffer,
    ) -> Result<IsNull, BoxDynError>
    where
        DB: Database,
        A: core::fmt::Display,
        String: Encode<'q, DB>,
    {
        <String as Encode<'q, DB>>::encode(id.to_string(), buf)
    }

    /// `Decode` for a typed ID: on SQLite only a BLOB (sqlx's `Uuid` would read a 16-character TEXT as the UUID of its
    /// bytes); then `Uuid`'s decoder, whose error (a BLOB of another size) is prefixed with the type's name.
    #[doc(hidden)]
    pub fn sqlx_decode_uuid<'r, DB, T>(
        value: <DB as Database>::ValueRef<'r>,
        type_name: &'static str,
    ) -> Result<T, BoxDynError>
    where
        DB: Database,
        T: TypedId,
        Uuid: Decode<'r, DB>,
    {
        if DB::NAME == SQLITE {
            check_storage_class::<DB>(&value, "BLOB", "a 16-byte BLOB", type_name)?;
        }
        match <Uuid as Decode<'r, DB>>::decode(value) {
            Ok(uuid) => Ok(T::from_uuid(uuid)),
            Err(error) => Err(format!(
                "cannot read `{type_name}` from this {} value: {error}",
                DB::NAME
            )
            .into()),
        }
    }

    /// `Decode` for `AnyId`: on SQLite only TEXT (sqlx would read a BLOB's bytes as text), then the text parsed; a bad
    /// ID is the parser's own error (with its did-you-mean), which callers may downcast.
    #[doc(hidden)]
    pub fn sqlx_decode_text<'r, DB, A>(
        value: <DB as Database>::ValueRef<'r>,
        type_name: &'static str,
    ) -> Result<A, BoxDynError>
    where
        DB: Database,
        &'r str: Decode<'r, DB>,
        A: core::str::FromStr<Err = crate::ParseIdError>,
    {
        if DB::NAME == SQLITE {
            check_storage_class::<DB>(&value, "TEXT", "TEXT", type_name)?;
        }
        let text = <&'r str as Decode<'r, DB>>::decode(value)?;
        Ok(text.parse::<A>()?)
    }

    /// An error unless the SQLite value's storage class is `expected` (`BLOB`, `TEXT`), naming the type and what the
    /// value is instead.
    fn check_storage_class<'r, DB: Database>(
        value: &<DB as Database>::ValueRef<'r>,
        expected: &str,
        wanted: &str,
        type_name: &str,
    ) -> Result<(), BoxDynError> {
        let info: Cow<'_, DB::TypeInfo> = value.type_info();
        if !value.is_null() && info.name() == expected {
            return Ok(());
        }
        let found = if value.is_null() {
            "NULL"
        } else {
            match info.name() {
                "BLOB" => "a BLOB",
                "TEXT" => "TEXT",
                "INTEGER" => "an INTEGER",
                "REAL" => "a REAL",
                other => other,
            }
        };
        Err(format!(
            "cannot read `{type_name}` from this SQLite value: expected {wanted}, found {found}"
        )
        .into())
    }

    /// `Type`, `Encode` and `Decode` for a typed ID, delegating to `Uuid`.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sqlx {
        ($ty:ident) => {
            $crate::__sqlx_type!(
                $ty,
                $crate::__private::Uuid,
                $crate::__private::Uuid,
                sqlx_encode_uuid,
                sqlx_decode_uuid
            );
        };
    }

    /// `Type`, `Encode` and `Decode` for `AnyId` as TEXT: its TypeID string, parsed back on decode.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sqlx_text {
        ($ty:ident) => {
            $crate::__sqlx_type!(
                $ty,
                ::std::string::String,
                &'r str,
                sqlx_encode_text,
                sqlx_decode_text
            );
        };
    }

    /// The one shape of sqlx's `Type`, `Encode` and `Decode`, typed or `AnyId`, generic over the database: the type
    /// is `$repr`'s (`Uuid` or `String`), and encoding and decoding are each a call into one function above (decoding
    /// needs `$decoded: Decode`, what that function reads).
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sqlx_type {
        ($ty:ident, $repr:ty, $decoded:ty, $encode:ident, $decode:ident) => {
            impl<DB> $crate::__private::integrations::sqlx_core::types::Type<DB> for $ty
            where
                DB: $crate::__private::integrations::sqlx_core::database::Database,
                $repr: $crate::__private::integrations::sqlx_core::types::Type<DB>,
            {
                fn type_info() -> <DB as $crate::__private::integrations::sqlx_core::database::Database>::TypeInfo {
                    <$repr as $crate::__private::integrations::sqlx_core::types::Type<DB>>::type_info()
                }
                fn compatible(ty: &<DB as $crate::__private::integrations::sqlx_core::database::Database>::TypeInfo) -> bool {
                    <$repr as $crate::__private::integrations::sqlx_core::types::Type<DB>>::compatible(ty)
                }
            }

            impl<'q, DB> $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB> for $ty
            where
                DB: $crate::__private::integrations::sqlx_core::database::Database,
                $repr: $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB>,
            {
                #[inline]
                fn encode_by_ref(
                    &self,
                    buf: &mut <DB as $crate::__private::integrations::sqlx_core::database::Database>::ArgumentBuffer,
                ) -> ::core::result::Result<
                    $crate::__private::integrations::sqlx_core::encode::IsNull,
                    $crate::__private::integrations::sqlx_core::error::BoxDynError,
                > {
                    $crate::__private::integrations::$encode::<DB, Self>(self, buf)
                }
            }

            impl<'r, DB> $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB> for $ty
            where
                DB: $crate::__private::integrations::sqlx_core::database::Database,
                $decoded: $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB>,
            {
                fn decode(
                    value: <DB as $crate::__private::integrations::sqlx_core::database::Database>::ValueRef<'r>,
                ) -> ::core::result::Result<Self, $crate::__private::integrations::sqlx_core::error::BoxDynError> {
                    $crate::__private::integrations::$decode::<DB, Self>(value, ::core::stringify!($ty))
                }
            }
        };
    }

    /// PostgreSQL arrays of IDs (`WHERE id = ANY($1)` with a `Vec<RunId>`).
    #[cfg(feature = "sqlx-postgres")]
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sqlx_postgres {
        ($ty:ident) => {
            impl $crate::__private::integrations::sqlx_postgres::PgHasArrayType for $ty {
                fn array_type_info() -> $crate::__private::integrations::sqlx_postgres::PgTypeInfo {
                    <$crate::__private::Uuid as $crate::__private::integrations::sqlx_postgres::PgHasArrayType>::array_type_info()
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(any(feature = "sqlx-sqlite", feature = "sqlx-postgres")))]
super::expand_to_nothing!($ __sqlx, __sqlx_text);
#[cfg(not(feature = "sqlx-postgres"))]
super::expand_to_nothing!($ __sqlx_postgres);
