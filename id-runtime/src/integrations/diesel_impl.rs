//! diesel 2: typed IDs are PostgreSQL `uuid` (`diesel::sql_types::Uuid`) and a 16-byte SQLite BLOB
//! (`diesel::sql_types::Binary`, the same big-endian bytes as sqlx-sqlite writes); `AnyId` is `Text` on both.
//!
//! The impls are written by hand here rather than derived (the newtypes are declared by `#[ids]`, which knows no
//! features). They are what `#[derive(AsExpression, FromSqlRow)]` would give: `AsExpression` for `T`, `&T` and
//! `&&T` into the SQL type and its `Nullable`, `ToSql`/`FromSql` for the backend, and `Queryable` for any single
//! column the value can be read from, so `#[derive(Queryable, Selectable, Insertable)]` structs hold IDs directly.
//! Backend-specific impls are in `diesel_postgres_impl.rs` and `diesel_sqlite_impl.rs`.

#[cfg(any(feature = "diesel-sqlite", feature = "diesel-postgres"))]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(any(feature = "diesel-sqlite", feature = "diesel-postgres"))]
mod enabled {
    use core::marker::PhantomData;

    pub use diesel;

    use diesel::backend::Backend;
    use diesel::expression::{
        AppearsOnTable, Expression, SelectableExpression, TypedExpressionType, ValidGrouping,
        is_aggregate,
    };
    use diesel::query_builder::{AstPass, QueryFragment, QueryId};
    use diesel::serialize::ToSql;
    use diesel::sql_types::{HasSqlType, SqlType};

    /// An ID bound as one query parameter of SQL type `ST`: the `Expression` that `AsExpression` turns an ID into.
    ///
    /// diesel's own `Bound` sits in its `internal` module, outside its stability promise, so this is the same node
    /// built on public traits only.
    #[doc(hidden)]
    #[derive(Debug, Clone, Copy)]
    pub struct DieselBind<ST, T> {
        value: T,
        sql_type: PhantomData<ST>,
    }

    impl<ST, T> DieselBind<ST, T> {
        /// Binds `value` as `ST`.
        #[inline]
        pub fn new(value: T) -> Self {
            DieselBind {
                value,
                sql_type: PhantomData,
            }
        }
    }

    impl<ST, T> Expression for DieselBind<ST, T>
    where
        ST: SqlType + TypedExpressionType,
    {
        type SqlType = ST;
    }

    impl<ST, T, DB> QueryFragment<DB> for DieselBind<ST, T>
    where
        DB: Backend + HasSqlType<ST>,
        T: ToSql<ST, DB>,
    {
        fn walk_ast<'b>(&'b self, mut pass: AstPass<'_, 'b, DB>) -> diesel::QueryResult<()> {
            pass.push_bind_param(&self.value)
        }
    }

    /// Prepared statements are cached by the SQL type, not by the value, as for diesel's own binds.
    impl<ST: QueryId, T> QueryId for DieselBind<ST, T> {
        type QueryId = DieselBind<ST::QueryId, ()>;
        const HAS_STATIC_QUERY_ID: bool = ST::HAS_STATIC_QUERY_ID;
    }

    impl<ST, T, QS: ?Sized> AppearsOnTable<QS> for DieselBind<ST, T> where Self: Expression {}

    impl<ST, T, QS: ?Sized> SelectableExpression<QS> for DieselBind<ST, T> where Self: AppearsOnTable<QS>
    {}

    /// A bound value is never an aggregate, so it mixes with both grouped and plain columns.
    impl<ST, T, GB> ValidGrouping<GB> for DieselBind<ST, T> {
        type IsAggregate = is_aggregate::Never;
    }

    /// `Queryable` for an ID read from any single column it has `FromSql` for (what `#[derive(FromSqlRow)]` gives).
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel {
        ($ty:ident) => {
            impl<DB, ST> $crate::__private::integrations::diesel::deserialize::Queryable<ST, DB>
                for $ty
            where
                DB: $crate::__private::integrations::diesel::backend::Backend,
                ST: $crate::__private::integrations::diesel::sql_types::SingleValue,
                Self: $crate::__private::integrations::diesel::deserialize::FromSql<ST, DB>,
            {
                type Row = Self;
                #[inline]
                fn build(
                    row: Self,
                ) -> $crate::__private::integrations::diesel::deserialize::Result<Self> {
                    ::core::result::Result::Ok(row)
                }
            }
        };
    }

    /// `AnyId`: `Queryable`, and `AsExpression` into `Text` (once, whichever backends are on).
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel_any {
        ($ty:ident) => {
            $crate::__diesel!($ty);
            $crate::__diesel_as_expression!(
                $ty,
                $crate::__private::integrations::diesel::sql_types::Text
            );
        };
    }

    /// `AsExpression` of `T`, `&T` and `&&T` into `$st` and `Nullable<$st>`, and the `ToSql<Nullable<$st>>` that
    /// binding a non-null value as nullable needs: the set `#[derive(AsExpression)]` emits.
    ///
    /// expands to: `impl AsExpression<Uuid> for RunId { type Expression = DieselBind<Uuid, RunId>; … }`, and so on.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel_as_expression {
        ($ty:ident, $st:path) => {
            $crate::__diesel_as_expression!(@one $ty, $st, $ty);
            $crate::__diesel_as_expression!(@one $ty, $crate::__private::integrations::diesel::sql_types::Nullable<$st>, $ty);

            impl<DB> $crate::__private::integrations::diesel::serialize::ToSql<
                $crate::__private::integrations::diesel::sql_types::Nullable<$st>,
                DB,
            > for $ty
            where
                DB: $crate::__private::integrations::diesel::backend::Backend,
                Self: $crate::__private::integrations::diesel::serialize::ToSql<$st, DB>,
            {
                #[inline]
                fn to_sql<'b>(
                    &'b self,
                    out: &mut $crate::__private::integrations::diesel::serialize::Output<'b, '_, DB>,
                ) -> $crate::__private::integrations::diesel::serialize::Result {
                    <Self as $crate::__private::integrations::diesel::serialize::ToSql<$st, DB>>::to_sql(self, out)
                }
            }
        };
        (@one $ty:ident, $st:ty, $value:ty) => {
            impl $crate::__private::integrations::diesel::expression::AsExpression<$st> for $value {
                type Expression = $crate::__private::integrations::DieselBind<$st, Self>;
                #[inline]
                fn as_expression(self) -> Self::Expression {
                    $crate::__private::integrations::DieselBind::new(self)
                }
            }

            impl<'expr> $crate::__private::integrations::diesel::expression::AsExpression<$st> for &'expr $value {
                type Expression = $crate::__private::integrations::DieselBind<$st, Self>;
                #[inline]
                fn as_expression(self) -> Self::Expression {
                    $crate::__private::integrations::DieselBind::new(self)
                }
            }

            impl<'expr, 'expr2> $crate::__private::integrations::diesel::expression::AsExpression<$st>
                for &'expr2 &'expr $value
            {
                type Expression = $crate::__private::integrations::DieselBind<$st, Self>;
                #[inline]
                fn as_expression(self) -> Self::Expression {
                    $crate::__private::integrations::DieselBind::new(self)
                }
            }
        };
    }

    /// The one shape of diesel's `ToSql` and `FromSql` on either backend, typed or `AnyId`: each a call into one
    /// function of the backend's module, which gets the value and the type's name (for its errors).
    ///
    /// expands to: `impl ToSql<Uuid, Pg> for RunId { fn to_sql(&self, out) { diesel_pg_uuid_to_sql(self, out) } }` and
    /// `impl FromSql<Uuid, Pg> for RunId { fn from_sql(value) { diesel_pg_uuid_from_sql(value, "RunId") } }`.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __diesel_sql {
        ($ty:ident, $sql_type:ident, $($backend:ident)::+, $value:ty, $to_sql:ident, $from_sql:ident) => {
            impl
                $crate::__private::integrations::diesel::serialize::ToSql<
                    $crate::__private::integrations::diesel::sql_types::$sql_type,
                    $crate::__private::integrations::diesel::$($backend)::+,
                > for $ty
            {
                #[inline]
                fn to_sql<'b>(
                    &'b self,
                    out: &mut $crate::__private::integrations::diesel::serialize::Output<
                        'b,
                        '_,
                        $crate::__private::integrations::diesel::$($backend)::+,
                    >,
                ) -> $crate::__private::integrations::diesel::serialize::Result {
                    $crate::__private::integrations::$to_sql(self, out)
                }
            }

            impl
                $crate::__private::integrations::diesel::deserialize::FromSql<
                    $crate::__private::integrations::diesel::sql_types::$sql_type,
                    $crate::__private::integrations::diesel::$($backend)::+,
                > for $ty
            {
                #[inline]
                fn from_sql(
                    value: $value,
                ) -> $crate::__private::integrations::diesel::deserialize::Result<Self> {
                    $crate::__private::integrations::$from_sql(value, ::core::stringify!($ty))
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(any(feature = "diesel-sqlite", feature = "diesel-postgres")))]
super::expand_to_nothing!($ __diesel, __diesel_any);
