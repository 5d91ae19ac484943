//! sqlx: typed IDs are UUIDs in the database — PostgreSQL's native `uuid`, SQLite's 16-byte BLOB — and `AnyId`
//! is its TypeID text.
//!
//! The impls are generic over the database and delegate to `uuid::Uuid`'s, so every database sqlx supports with
//! its `uuid` feature works the same way; a value of the wrong size fails to decode instead of being misread.

pub use sqlx_core;

#[cfg(feature = "sqlx-postgres")]
pub use sqlx_postgres;

/// `Type`, `Encode` and `Decode` for a typed ID, delegating to `Uuid`.
#[doc(hidden)]
#[macro_export]
macro_rules! __sqlx {
    ($ty:ident) => {
        #[allow(deprecated)]
        impl<DB> $crate::__private::integrations::sqlx_core::types::Type<DB> for $ty
        where
            DB: $crate::__private::integrations::sqlx_core::database::Database,
            $crate::__private::Uuid: $crate::__private::integrations::sqlx_core::types::Type<DB>,
        {
            fn type_info() -> <DB as $crate::__private::integrations::sqlx_core::database::Database>::TypeInfo {
                <$crate::__private::Uuid as $crate::__private::integrations::sqlx_core::types::Type<DB>>::type_info()
            }
            fn compatible(ty: &<DB as $crate::__private::integrations::sqlx_core::database::Database>::TypeInfo) -> bool {
                <$crate::__private::Uuid as $crate::__private::integrations::sqlx_core::types::Type<DB>>::compatible(ty)
            }
        }

        #[allow(deprecated)]
        impl<'q, DB> $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB> for $ty
        where
            DB: $crate::__private::integrations::sqlx_core::database::Database,
            $crate::__private::Uuid: $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as $crate::__private::integrations::sqlx_core::database::Database>::ArgumentBuffer,
            ) -> ::core::result::Result<
                $crate::__private::integrations::sqlx_core::encode::IsNull,
                $crate::__private::integrations::sqlx_core::error::BoxDynError,
            > {
                <$crate::__private::Uuid as $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB>>::encode_by_ref(
                    &self.uuid(),
                    buf,
                )
            }
        }

        #[allow(deprecated)]
        impl<'r, DB> $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB> for $ty
        where
            DB: $crate::__private::integrations::sqlx_core::database::Database,
            $crate::__private::Uuid: $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as $crate::__private::integrations::sqlx_core::database::Database>::ValueRef<'r>,
            ) -> ::core::result::Result<Self, $crate::__private::integrations::sqlx_core::error::BoxDynError> {
                <$crate::__private::Uuid as $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB>>::decode(value)
                    .map(Self::from_uuid)
            }
        }
    };
}

/// `Type`, `Encode` and `Decode` for `AnyId` as TEXT: its TypeID string, parsed back on decode.
#[doc(hidden)]
#[macro_export]
macro_rules! __sqlx_text {
    ($ty:ident) => {
        #[allow(deprecated)]
        impl<DB> $crate::__private::integrations::sqlx_core::types::Type<DB> for $ty
        where
            DB: $crate::__private::integrations::sqlx_core::database::Database,
            ::std::string::String: $crate::__private::integrations::sqlx_core::types::Type<DB>,
        {
            fn type_info() -> <DB as $crate::__private::integrations::sqlx_core::database::Database>::TypeInfo {
                <::std::string::String as $crate::__private::integrations::sqlx_core::types::Type<DB>>::type_info()
            }
            fn compatible(ty: &<DB as $crate::__private::integrations::sqlx_core::database::Database>::TypeInfo) -> bool {
                <::std::string::String as $crate::__private::integrations::sqlx_core::types::Type<DB>>::compatible(ty)
            }
        }

        #[allow(deprecated)]
        impl<'q, DB> $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB> for $ty
        where
            DB: $crate::__private::integrations::sqlx_core::database::Database,
            ::std::string::String: $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as $crate::__private::integrations::sqlx_core::database::Database>::ArgumentBuffer,
            ) -> ::core::result::Result<
                $crate::__private::integrations::sqlx_core::encode::IsNull,
                $crate::__private::integrations::sqlx_core::error::BoxDynError,
            > {
                <::std::string::String as $crate::__private::integrations::sqlx_core::encode::Encode<'q, DB>>::encode(
                    ::std::string::ToString::to_string(self),
                    buf,
                )
            }
        }

        #[allow(deprecated)]
        impl<'r, DB> $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB> for $ty
        where
            DB: $crate::__private::integrations::sqlx_core::database::Database,
            &'r str: $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as $crate::__private::integrations::sqlx_core::database::Database>::ValueRef<'r>,
            ) -> ::core::result::Result<Self, $crate::__private::integrations::sqlx_core::error::BoxDynError> {
                let text = <&'r str as $crate::__private::integrations::sqlx_core::decode::Decode<'r, DB>>::decode(value)?;
                ::core::result::Result::Ok(text.parse::<Self>()?)
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
        #[allow(deprecated)]
        impl $crate::__private::integrations::sqlx_postgres::PgHasArrayType for $ty {
            fn array_type_info() -> $crate::__private::integrations::sqlx_postgres::PgTypeInfo {
                <$crate::__private::Uuid as $crate::__private::integrations::sqlx_postgres::PgHasArrayType>::array_type_info()
            }
        }
    };
}
