//! diesel on SQLite: a typed ID is a BLOB of its UUID's 16 big-endian bytes — exactly what sqlx-sqlite writes, so
//! both libraries read each other's rows — and `AnyId` is TEXT. BLOBs compare bytewise, so `ORDER BY id` is
//! creation order for UUIDv7 IDs.

#[cfg(feature = "diesel-sqlite")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "diesel-sqlite")]
mod enabled {
    use core::fmt;
    use core::str::FromStr;

    use diesel::deserialize;
    use diesel::serialize::{self, IsNull, Output};
    use diesel::sqlite::{Sqlite, SqliteType, SqliteValue};

    use crate::__private::UuidField;
    use crate::TypedId;

    /// Binds a typed ID's UUID as a 16-byte BLOB, borrowing the bytes (no allocation).
    #[doc(hidden)]
    pub fn diesel_sqlite_uuid_to_sql<'b, T: UuidField>(
        id: &'b T,
        out: &mut Output<'b, '_, Sqlite>,
    ) -> serialize::Result {
        out.set_value(id.uuid_field().as_bytes().as_slice());
        Ok(IsNull::No)
    }

    /// Reads a typed ID's UUID. SQLite columns hold any type, so a value that is not a BLOB (SQLite would convert text
    /// to its bytes) or not 16 bytes long is an error naming the type, never a misread ID.
    #[doc(hidden)]
    pub fn diesel_sqlite_uuid_from_sql<T: TypedId>(
        mut value: SqliteValue<'_, '_, '_>,
        type_name: &str,
    ) -> deserialize::Result<T> {
        match value.value_type() {
            Some(SqliteType::Binary) => {}
            found => return Err(wrong_type(type_name, "a 16-byte BLOB", found).into()),
        }
        let bytes = value.read_blob();
        match <[u8; 16]>::try_from(bytes) {
            Ok(bytes) => Ok(T::from_uuid(uuid::Uuid::from_bytes(bytes))),
            Err(_) => Err(format!(
                "cannot read `{type_name}` from this SQLite value: expected a 16-byte BLOB, found a BLOB of {} bytes",
                bytes.len()
            )
            .into()),
        }
    }

    /// Binds `AnyId`'s TypeID text.
    #[doc(hidden)]
    pub fn diesel_sqlite_text_to_sql(
        id: &dyn fmt::Display,
        out: &mut Output<'_, '_, Sqlite>,
    ) -> serialize::Result {
        out.set_value(id.to_string());
        Ok(IsNull::No)
    }

    /// Reads `AnyId` from TEXT: an unknown prefix is the parser's error (with its did-you-mean).
    #[doc(hidden)]
    pub fn diesel_sqlite_text_from_sql<T>(
        mut value: SqliteValue<'_, '_, '_>,
        type_name: &str,
    ) -> deserialize::Result<T>
    where
        T: FromStr,
        T::Err: std::error::Error + Send + Sync + 'static,
    {
        match value.value_type() {
            Some(SqliteType::Text) => Ok(value.read_text().parse::<T>()?),
            found => Err(wrong_type(type_name, "TEXT", found).into()),
        }
    }

    fn wrong_type(type_name: &str, expected: &str, found: Option<SqliteType>) -> String {
        let found = match found {
            Some(SqliteType::Binary) => "a BLOB",
            Some(SqliteType::Text) => "TEXT",
            Some(SqliteType::Float | SqliteType::Double) => "a REAL",
            Some(SqliteType::SmallInt | SqliteType::Integer | SqliteType::Long) => "an INTEGER",
            // diesel only decodes NULL through `Option`, so this is not reached in practice.
            None => "NULL",
        };
        format!(
            "cannot read `{type_name}` from this SQLite value: expected {expected}, found {found}"
        )
    }

    /// A typed ID as a SQLite 16-byte BLOB (`Binary`): `AsExpression`, `ToSql` and `FromSql`.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel_sqlite {
        ($ty:ident) => {
            $crate::__diesel_as_expression!(
                $ty,
                $crate::__private::integrations::diesel::sql_types::Binary
            );
            $crate::__diesel_sql!(
                $ty,
                Binary,
                sqlite::Sqlite,
                $crate::__private::integrations::diesel::sqlite::SqliteValue<'_, '_, '_>,
                diesel_sqlite_uuid_to_sql,
                diesel_sqlite_uuid_from_sql
            );
        };
    }

    /// `AnyId` as SQLite TEXT: `ToSql` and `FromSql` (its `AsExpression` is in `__diesel_any!`).
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel_sqlite_any {
        ($ty:ident) => {
            $crate::__diesel_sql!(
                $ty,
                Text,
                sqlite::Sqlite,
                $crate::__private::integrations::diesel::sqlite::SqliteValue<'_, '_, '_>,
                diesel_sqlite_text_to_sql,
                diesel_sqlite_text_from_sql
            );
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "diesel-sqlite"))]
super::expand_to_nothing!($ __diesel_sqlite, __diesel_sqlite_any);
