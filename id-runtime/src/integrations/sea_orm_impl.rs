//! SeaORM 2: a typed ID is a UUID column (PostgreSQL `uuid`, SQLite's 16-byte BLOB, the bytes sqlx writes), usable
//! as a primary key, `Option<_>` (NULL), in `is_in` and as a PostgreSQL array (`Vec<RunId>`, `uuid[]`); `AnyId` is
//! a text column holding its TypeID.
//!
//! The set of impls is the one sea-orm's `DeriveValueType` emits for a `Uuid` newtype (with `postgres-array`, and
//! its opt-in `TryGetableArray`), written here so the user's crate names no path of ours. Each generated impl calls
//! one generic function below. A stored value that is not an ID (a BLOB of the wrong size, PostgreSQL text, text that
//! does not parse as a declared kind) is an error naming the type, never a misread. sea-orm reads a UUID through sqlx,
//! whose SQLite decoder takes the bytes of TEXT too, so a 16-byte text would read as an ID: `typed_try_get` rules
//! that out (see there).

#[cfg(feature = "sea-orm")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "sea-orm")]
mod enabled {
    use core::fmt::Display;
    use core::str::FromStr;
    use std::sync::Arc;

    pub use sea_orm;
    use sea_orm::sea_query::{Value, ValueTypeErr};
    use sea_orm::{ColIdx, DbErr, QueryResult, TryGetError, TryGetable};
    use uuid::Uuid;

    use crate::{ParseIdError, TypedId};

    /// `From<RunId> for Value`: a UUID value, bound as PostgreSQL `uuid` and as a 16-byte BLOB in SQLite.
    #[inline]
    pub fn typed_to_value<T: TypedId>(id: T) -> Value {
        Value::Uuid(Some(id.uuid()))
    }

    /// `ValueType::try_from`: only a non-NULL UUID value is an ID (text is not accepted: it could be of another kind).
    #[inline]
    pub fn typed_from_value<T: TypedId>(value: Value) -> Result<T, ValueTypeErr> {
        // `if let`, not a match: `Value` gains variants with sea-query's features, which the user's crate may turn on.
        if let Value::Uuid(Some(uuid)) = value {
            Ok(T::from_uuid(uuid))
        } else {
            Err(ValueTypeErr)
        }
    }

    /// `TryGetable`: the column read as a `Uuid` by sea-orm itself (the driver rejects other types and sizes); every
    /// error names the type, and TEXT is reported as TEXT.
    ///
    /// sea-orm hides which driver a row came from unless it is built with that driver's feature, which this crate
    /// does not turn on (it would build SQLite for PostgreSQL users). So the one misread the driver lets through, a
    /// SQLite TEXT of exactly 16 bytes, is ruled out by what it implies: the UUID's bytes are UTF-8, which a random
    /// UUID rarely is (a v7 ID made from 2022 to 2039 never: its second byte is a lone continuation byte) — and only
    /// then is the column read a second time as text, which succeeds only for TEXT. Not covered: a TEXT value holding
    /// 16 bytes that are not UTF-8, which sqlx cannot read as text either.
    #[inline]
    pub fn typed_try_get<T: TypedId, I: ColIdx>(
        res: &QueryResult,
        idx: I,
        type_name: &'static str,
    ) -> Result<T, TryGetError> {
        let is_text = || String::try_get_by(res, idx).is_ok();
        match Uuid::try_get_by(res, idx) {
            Ok(uuid) if core::str::from_utf8(uuid.as_bytes()).is_ok() && is_text() => {
                Err(not_a_uuid(idx, type_name))
            }
            Ok(uuid) => Ok(T::from_uuid(uuid)),
            // `Null` is how sea-orm's `Option<RunId>` learns that the value is NULL: passed on as it is.
            Err(TryGetError::Null(column)) => Err(TryGetError::Null(column)),
            Err(TryGetError::DbErr(_)) if is_text() => Err(not_a_uuid(idx, type_name)),
            Err(TryGetError::DbErr(error)) => Err(TryGetError::DbErr(DbErr::TryIntoErr {
                from: "the stored value",
                into: type_name,
                source: Arc::new(error),
            })),
        }
    }

    /// The error for TEXT in a typed ID's column.
    #[cold]
    fn not_a_uuid<I: ColIdx>(idx: I, type_name: &'static str) -> TryGetError {
        TryGetError::DbErr(DbErr::TryIntoErr {
            from: "TEXT",
            into: type_name,
            source: Arc::new(NotAUuid {
                column: format!("{idx:?}"),
            }),
        })
    }

    /// A typed ID's column holds TEXT, where a UUID (SQLite: a 16-byte BLOB) belongs.
    #[derive(Debug)]
    struct NotAUuid {
        column: String,
    }

    impl Display for NotAUuid {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            write!(
                f,
                "column {}: expected a UUID (in SQLite a 16-byte BLOB), found TEXT",
                self.column
            )
        }
    }

    impl std::error::Error for NotAUuid {}

    /// `TryGetableArray`: a PostgreSQL `uuid[]` read as `Vec<Uuid>`.
    #[inline]
    pub fn typed_try_get_array<T: TypedId, I: ColIdx>(
        res: &QueryResult,
        idx: I,
        _type_name: &'static str,
    ) -> Result<Vec<T>, TryGetError> {
        <Vec<Uuid>>::try_get_by(res, idx).map(|uuids| uuids.into_iter().map(T::from_uuid).collect())
    }

    /// `TryFromU64`, which sea-orm asks of every primary key: IDs are not integers, so a key the database would number
    /// (`auto_increment`) is an error naming the type.
    #[inline]
    pub fn not_from_u64(type_name: &'static str) -> DbErr {
        DbErr::ConvertFromU64(type_name)
    }

    /// `From<AnyId> for Value`: its TypeID text.
    #[inline]
    pub fn any_to_value<A: Display>(id: A) -> Value {
        Value::String(Some(id.to_string()))
    }

    /// `ValueType::try_from` for `AnyId`: text that parses as a declared kind.
    #[inline]
    pub fn any_from_value<A: FromStr>(value: Value) -> Result<A, ValueTypeErr> {
        if let Value::String(Some(text)) = value {
            text.parse().map_err(|_| ValueTypeErr)
        } else {
            Err(ValueTypeErr)
        }
    }

    /// `TryGetable` for `AnyId`: the text column parsed; a bad ID is a `DbErr::TryIntoErr` carrying the parse error.
    pub fn any_try_get<A, I>(
        res: &QueryResult,
        idx: I,
        type_name: &'static str,
    ) -> Result<A, TryGetError>
    where
        A: FromStr<Err = ParseIdError>,
        I: ColIdx,
    {
        let text = String::try_get_by(res, idx).map_err(|error| match error {
            TryGetError::Null(column) => TryGetError::Null(column),
            // A BLOB, INTEGER or REAL: the driver's mismatch error, under the type's name.
            TryGetError::DbErr(error) => TryGetError::DbErr(DbErr::TryIntoErr {
                from: "the stored value",
                into: type_name,
                source: Arc::new(error),
            }),
        })?;
        parse_any(&text, type_name)
    }

    /// `TryGetableArray` for `AnyId`: a PostgreSQL `text[]`, every element parsed.
    pub fn any_try_get_array<A, I>(
        res: &QueryResult,
        idx: I,
        type_name: &'static str,
    ) -> Result<Vec<A>, TryGetError>
    where
        A: FromStr<Err = ParseIdError>,
        I: ColIdx,
    {
        <Vec<String>>::try_get_by(res, idx)?
            .iter()
            .map(|text| parse_any(text, type_name))
            .collect()
    }

    fn parse_any<A: FromStr<Err = ParseIdError>>(
        text: &str,
        type_name: &'static str,
    ) -> Result<A, TryGetError> {
        text.parse().map_err(|error: ParseIdError| {
            TryGetError::DbErr(DbErr::TryIntoErr {
                from: "String",
                into: type_name,
                source: Arc::new(error),
            })
        })
    }

    /// What a column of a typed ID needs: a UUID column (PostgreSQL `uuid`, SQLite's 16-byte BLOB), `uuid[]` arrays.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sea_orm {
        ($ty:ident) => {
            $crate::__sea_orm_column!(
                $ty,
                null = Uuid,
                array = Uuid,
                column = Uuid,
                typed_to_value,
                typed_from_value,
                typed_try_get,
                typed_try_get_array
            );
        };
    }

    /// The same for `AnyId` as text (the bytes alone would lose the kind): a `Text` column, `text[]` arrays.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sea_orm_text {
        ($ty:ident) => {
            $crate::__sea_orm_column!(
                $ty,
                null = String,
                array = String,
                column = Text,
                any_to_value,
                any_from_value,
                any_try_get,
                any_try_get_array
            );
        };
    }

    /// The one shape of a SeaORM column type, typed or `AnyId`: `From<RunId> for Value`, `ValueType`, `Nullable`,
    /// `TryGetable`, `TryGetableArray`, `NotU8` (so `Vec<RunId>` is an array, not bytes), `TryFromU64` (an error) and
    /// `IntoActiveValue`, each one call into a generic function above.
    ///
    /// expands to: `impl From<RunId> for Value { fn from(id) -> Value { typed_to_value(id) } }` and likewise for the
    /// others.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __sea_orm_column {
        (
            $ty:ident,
            null = $null:ident,
            array = $array:ident,
            column = $column:ident,
            $to_value:ident,
            $from_value:ident,
            $try_get:ident,
            $try_get_array:ident
        ) => {
            impl ::core::convert::From<$ty> for $crate::__private::integrations::sea_orm::Value {
                #[inline]
                fn from(id: $ty) -> Self {
                    $crate::__private::integrations::$to_value(id)
                }
            }

            impl $crate::__private::integrations::sea_orm::TryGetable for $ty {
                #[inline]
                fn try_get_by<I: $crate::__private::integrations::sea_orm::ColIdx>(
                    res: &$crate::__private::integrations::sea_orm::QueryResult,
                    idx: I,
                ) -> ::core::result::Result<
                    Self,
                    $crate::__private::integrations::sea_orm::TryGetError,
                > {
                    $crate::__private::integrations::$try_get(res, idx, ::core::stringify!($ty))
                }
            }

            impl $crate::__private::integrations::sea_orm::TryGetableArray for $ty {
                #[inline]
                fn try_get_by<I: $crate::__private::integrations::sea_orm::ColIdx>(
                    res: &$crate::__private::integrations::sea_orm::QueryResult,
                    idx: I,
                ) -> ::core::result::Result<
                    ::std::vec::Vec<Self>,
                    $crate::__private::integrations::sea_orm::TryGetError,
                > {
                    $crate::__private::integrations::$try_get_array(
                        res,
                        idx,
                        ::core::stringify!($ty),
                    )
                }
            }

            impl $crate::__private::integrations::sea_orm::sea_query::ValueType for $ty {
                #[inline]
                fn try_from(
                    value: $crate::__private::integrations::sea_orm::Value,
                ) -> ::core::result::Result<
                    Self,
                    $crate::__private::integrations::sea_orm::sea_query::ValueTypeErr,
                > {
                    $crate::__private::integrations::$from_value(value)
                }
                fn type_name() -> ::std::string::String {
                    ::std::string::String::from(::core::stringify!($ty))
                }
                fn array_type() -> $crate::__private::integrations::sea_orm::sea_query::ArrayType {
                    $crate::__private::integrations::sea_orm::sea_query::ArrayType::$array
                }
                fn column_type() -> $crate::__private::integrations::sea_orm::sea_query::ColumnType
                {
                    $crate::__private::integrations::sea_orm::sea_query::ColumnType::$column
                }
            }

            impl $crate::__private::integrations::sea_orm::sea_query::Nullable for $ty {
                #[inline]
                fn null() -> $crate::__private::integrations::sea_orm::Value {
                    $crate::__private::integrations::sea_orm::Value::$null(
                        ::core::option::Option::None,
                    )
                }
            }

            impl $crate::__private::integrations::sea_orm::sea_query::postgres_array::NotU8
                for $ty
            {
            }

            impl $crate::__private::integrations::sea_orm::TryFromU64 for $ty {
                #[inline]
                fn try_from_u64(
                    _: u64,
                ) -> ::core::result::Result<Self, $crate::__private::integrations::sea_orm::DbErr>
                {
                    ::core::result::Result::Err($crate::__private::integrations::not_from_u64(
                        ::core::stringify!($ty),
                    ))
                }
            }

            impl $crate::__private::integrations::sea_orm::IntoActiveValue<$ty> for $ty {
                #[inline]
                fn into_active_value(
                    self,
                ) -> $crate::__private::integrations::sea_orm::ActiveValue<$ty> {
                    $crate::__private::integrations::sea_orm::ActiveValue::Set(self)
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "sea-orm"))]
super::expand_to_nothing!($ __sea_orm, __sea_orm_text);
