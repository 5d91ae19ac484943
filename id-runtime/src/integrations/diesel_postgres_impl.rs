//! diesel on PostgreSQL: a typed ID is a native `uuid` (its 16 bytes on the wire); `AnyId` is `text`.
//!
//! Built on diesel's `postgres_backend` alone: the impls need the `Pg` backend, not libpq, so diesel-async users
//! (who have no libpq) can use them too. `eq_any(ids)` binds one `uuid[]` through diesel's own array support.

use core::fmt;
use core::str::FromStr;
use std::io::Write;

use diesel::deserialize;
use diesel::pg::{Pg, PgValue};
use diesel::serialize::{self, IsNull, Output};

/// Writes a typed ID's UUID in PostgreSQL's binary `uuid` format: the 16 bytes, big-endian.
#[doc(hidden)]
pub fn diesel_pg_uuid_to_sql(uuid: &uuid::Uuid, out: &mut Output<'_, '_, Pg>) -> serialize::Result {
    out.write_all(uuid.as_bytes())?;
    Ok(IsNull::No)
}

/// Reads a `uuid` value; anything but 16 bytes is an error naming the type, never a misread ID.
#[doc(hidden)]
pub fn diesel_pg_uuid_from_sql(
    value: PgValue<'_>,
    type_name: &str,
) -> deserialize::Result<uuid::Uuid> {
    let bytes = value.as_bytes();
    match <[u8; 16]>::try_from(bytes) {
        Ok(bytes) => Ok(uuid::Uuid::from_bytes(bytes)),
        Err(_) => Err(format!(
            "cannot read `{type_name}` from this PostgreSQL value: a `uuid` is 16 bytes, this one has {}",
            bytes.len()
        )
        .into()),
    }
}

/// Writes `AnyId`'s TypeID text.
#[doc(hidden)]
pub fn diesel_pg_text_to_sql(
    id: &dyn fmt::Display,
    out: &mut Output<'_, '_, Pg>,
) -> serialize::Result {
    write!(out, "{id}")?;
    Ok(IsNull::No)
}

/// Reads `AnyId` from its TypeID text: an unknown prefix is the parser's error (with its did-you-mean).
#[doc(hidden)]
pub fn diesel_pg_text_from_sql<T>(value: PgValue<'_>) -> deserialize::Result<T>
where
    T: FromStr,
    T::Err: std::error::Error + Send + Sync + 'static,
{
    Ok(core::str::from_utf8(value.as_bytes())?.parse::<T>()?)
}

/// A typed ID as PostgreSQL `uuid`: `AsExpression`, `ToSql` and `FromSql`.
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_postgres {
    ($ty:ident) => {
        $crate::__diesel_as_expression!(
            $ty,
            $crate::__private::integrations::diesel::sql_types::Uuid
        );

        #[allow(deprecated)]
        impl
            $crate::__private::integrations::diesel::serialize::ToSql<
                $crate::__private::integrations::diesel::sql_types::Uuid,
                $crate::__private::integrations::diesel::pg::Pg,
            > for $ty
        {
            #[inline]
            fn to_sql<'b>(
                &'b self,
                out: &mut $crate::__private::integrations::diesel::serialize::Output<
                    'b,
                    '_,
                    $crate::__private::integrations::diesel::pg::Pg,
                >,
            ) -> $crate::__private::integrations::diesel::serialize::Result {
                $crate::__private::integrations::diesel_pg_uuid_to_sql(&self.uuid(), out)
            }
        }

        #[allow(deprecated)]
        impl
            $crate::__private::integrations::diesel::deserialize::FromSql<
                $crate::__private::integrations::diesel::sql_types::Uuid,
                $crate::__private::integrations::diesel::pg::Pg,
            > for $ty
        {
            #[inline]
            fn from_sql(
                value: $crate::__private::integrations::diesel::pg::PgValue<'_>,
            ) -> $crate::__private::integrations::diesel::deserialize::Result<Self> {
                $crate::__private::integrations::diesel_pg_uuid_from_sql(
                    value,
                    ::core::stringify!($ty),
                )
                .map(Self::from_uuid)
            }
        }
    };
}

/// `AnyId` as PostgreSQL `text`: `ToSql` and `FromSql` (its `AsExpression` is in `__diesel_any!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_postgres_any {
    ($ty:ident) => {
        #[allow(deprecated)]
        impl
            $crate::__private::integrations::diesel::serialize::ToSql<
                $crate::__private::integrations::diesel::sql_types::Text,
                $crate::__private::integrations::diesel::pg::Pg,
            > for $ty
        {
            #[inline]
            fn to_sql<'b>(
                &'b self,
                out: &mut $crate::__private::integrations::diesel::serialize::Output<
                    'b,
                    '_,
                    $crate::__private::integrations::diesel::pg::Pg,
                >,
            ) -> $crate::__private::integrations::diesel::serialize::Result {
                $crate::__private::integrations::diesel_pg_text_to_sql(self, out)
            }
        }

        #[allow(deprecated)]
        impl
            $crate::__private::integrations::diesel::deserialize::FromSql<
                $crate::__private::integrations::diesel::sql_types::Text,
                $crate::__private::integrations::diesel::pg::Pg,
            > for $ty
        {
            #[inline]
            fn from_sql(
                value: $crate::__private::integrations::diesel::pg::PgValue<'_>,
            ) -> $crate::__private::integrations::diesel::deserialize::Result<Self> {
                $crate::__private::integrations::diesel_pg_text_from_sql::<Self>(value)
            }
        }
    };
}
