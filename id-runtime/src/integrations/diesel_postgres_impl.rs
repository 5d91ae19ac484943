//! diesel on PostgreSQL: a typed ID is a native `uuid` (its 16 bytes on the wire); `AnyId` is `text`.
//!
//! Built on diesel's `postgres_backend` alone: the impls need the `Pg` backend, not libpq, so diesel-async users
//! (who have no libpq) can use them too. `eq_any(ids)` binds one `uuid[]` through diesel's own array support.

#[cfg(feature = "diesel-postgres")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "diesel-postgres")]
mod enabled {
    use core::fmt;
    use core::str::FromStr;
    use std::io::Write;

    use diesel::deserialize;
    use diesel::pg::{Pg, PgValue};
    use diesel::serialize::{self, IsNull, Output};

    use crate::TypedId;

    /// Writes a typed ID's UUID in PostgreSQL's binary `uuid` format: the 16 bytes, big-endian.
    #[doc(hidden)]
    pub fn diesel_pg_uuid_to_sql<T: TypedId>(
        id: &T,
        out: &mut Output<'_, '_, Pg>,
    ) -> serialize::Result {
        out.write_all(id.uuid().as_bytes())?;
        Ok(IsNull::No)
    }

    /// Reads a `uuid` value; anything but 16 bytes is an error naming the type, never a misread ID.
    #[doc(hidden)]
    pub fn diesel_pg_uuid_from_sql<T: TypedId>(
        value: PgValue<'_>,
        type_name: &str,
    ) -> deserialize::Result<T> {
        let bytes = value.as_bytes();
        match <[u8; 16]>::try_from(bytes) {
            Ok(bytes) => Ok(T::from_uuid(uuid::Uuid::from_bytes(bytes))),
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
    pub fn diesel_pg_text_from_sql<T>(value: PgValue<'_>, type_name: &str) -> deserialize::Result<T>
    where
        T: FromStr,
        T::Err: std::error::Error + Send + Sync + 'static,
    {
        let text = core::str::from_utf8(value.as_bytes()).map_err(|_| {
            format!("cannot read `{type_name}` from this PostgreSQL value: its text is not UTF-8")
        })?;
        Ok(text.parse::<T>()?)
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
            $crate::__diesel_sql!(
                $ty,
                Uuid,
                pg::Pg,
                $crate::__private::integrations::diesel::pg::PgValue<'_>,
                diesel_pg_uuid_to_sql,
                diesel_pg_uuid_from_sql
            );
        };
    }

    /// `AnyId` as PostgreSQL `text`: `ToSql` and `FromSql` (its `AsExpression` is in `__diesel_any!`).
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel_postgres_any {
        ($ty:ident) => {
            $crate::__diesel_sql!(
                $ty,
                Text,
                pg::Pg,
                $crate::__private::integrations::diesel::pg::PgValue<'_>,
                diesel_pg_text_to_sql,
                diesel_pg_text_from_sql
            );
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "diesel-postgres"))]
super::expand_to_nothing!($ __diesel_postgres, __diesel_postgres_any);
