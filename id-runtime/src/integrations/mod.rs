//! Opt-in integrations, one Cargo feature each: `sqlx-sqlite`, `sqlx-postgres`, `diesel-sqlite`, `diesel-postgres`,
//! `sea-orm`, `schemars`, `utoipa`, `arbitrary`, `proptest`, `async-graphql`.
//!
//! The `#[ids]` macro cannot see this crate's features, so for every kind it emits one call,
//! `id_runtime::__private::integrations!(RunId, …)`, and this crate defines that macro to expand to the impls of
//! the features it was built with, and to nothing for the others.

#[cfg(any(feature = "sqlx-sqlite", feature = "sqlx-postgres"))]
mod sqlx_impl;
#[cfg(any(feature = "sqlx-sqlite", feature = "sqlx-postgres"))]
pub use self::sqlx_impl::*;

#[cfg(any(feature = "diesel-sqlite", feature = "diesel-postgres"))]
mod diesel_impl;
#[cfg(any(feature = "diesel-sqlite", feature = "diesel-postgres"))]
pub use self::diesel_impl::*;

#[cfg(feature = "diesel-postgres")]
mod diesel_postgres_impl;
#[cfg(feature = "diesel-postgres")]
pub use self::diesel_postgres_impl::*;

#[cfg(feature = "diesel-sqlite")]
mod diesel_sqlite_impl;
#[cfg(feature = "diesel-sqlite")]
pub use self::diesel_sqlite_impl::*;

#[cfg(feature = "sea-orm")]
mod sea_orm_impl;
#[cfg(feature = "sea-orm")]
pub use self::sea_orm_impl::*;

#[cfg(feature = "schemars")]
mod schemars_impl;
#[cfg(feature = "schemars")]
pub use self::schemars_impl::*;

#[cfg(feature = "utoipa")]
mod utoipa_impl;
#[cfg(feature = "utoipa")]
pub use self::utoipa_impl::*;

#[cfg(feature = "arbitrary")]
mod arbitrary_impl;
#[cfg(feature = "arbitrary")]
pub use self::arbitrary_impl::*;

#[cfg(feature = "proptest")]
mod proptest_impl;
#[cfg(feature = "proptest")]
pub use self::proptest_impl::*;

#[cfg(feature = "async-graphql")]
mod async_graphql_impl;
#[cfg(feature = "async-graphql")]
pub use self::async_graphql_impl::*;

/// The `AnyId` (`A`) of a kind's canonical prefix and a UUID, built by `AnyId`'s own parser from the text, so that
/// no per-kind code is generated for it. `None` cannot happen for a declared kind's prefix.
#[cfg(any(feature = "arbitrary", feature = "proptest"))]
fn any_id_of<A: core::str::FromStr>(prefix: &str, uuid: uuid::Uuid) -> Option<A> {
    crate::IdBuf::new().write(prefix, uuid).parse().ok()
}

/// Every enabled integration for one typed ID.
///
/// expands to: `__sqlx!(RunId); __sqlx_postgres!(RunId); __diesel!(RunId); __diesel_postgres!(RunId);
/// __diesel_sqlite!(RunId); __sea_orm!(RunId); __schemars!(RunId, …); __utoipa!(RunId, …); __arbitrary!(RunId);
/// __proptest!(RunId); __async_graphql!(RunId, …);`, each of which is empty unless its feature is on.
#[doc(hidden)]
#[macro_export]
macro_rules! __integrations {
    (
        $ty:ident,
        name = $name:literal,
        prefix = $prefix:literal,
        pattern = $pattern:literal,
        doc = $doc:literal,
        example = $example:literal
    ) => {
        $crate::__sqlx!($ty);
        $crate::__sqlx_postgres!($ty);
        $crate::__diesel!($ty);
        $crate::__diesel_postgres!($ty);
        $crate::__diesel_sqlite!($ty);
        $crate::__sea_orm!($ty);
        $crate::__schemars!($ty, $name, $prefix, $pattern, $doc, $example);
        $crate::__utoipa!($ty, $name, $prefix, $pattern, $doc, $example);
        $crate::__arbitrary!($ty);
        $crate::__proptest!($ty);
        $crate::__async_graphql!($ty, $name, $doc);
    };
}

/// The integrations of `AnyId`: SQL (sqlx, diesel, SeaORM) as TEXT (the bytes alone would lose the kind);
/// arbitrary, proptest and the GraphQL scalar over the kinds of the `IdType` beside it (the macro is invoked in the
/// annotated module, where that name resolves).
#[doc(hidden)]
#[macro_export]
macro_rules! __any_id_integrations {
    ($ty:ident) => {
        $crate::__sqlx_text!($ty);
        $crate::__diesel_any!($ty);
        $crate::__diesel_postgres_any!($ty);
        $crate::__diesel_sqlite_any!($ty);
        $crate::__sea_orm_text!($ty);
        $crate::__arbitrary_any!($ty);
        $crate::__proptest_any!($ty);
        $crate::__async_graphql_any!($ty);
    };
}

#[cfg(not(any(feature = "sqlx-sqlite", feature = "sqlx-postgres")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __sqlx {
    ($ty:ident) => {};
}

#[cfg(not(any(feature = "sqlx-sqlite", feature = "sqlx-postgres")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __sqlx_text {
    ($ty:ident) => {};
}

#[cfg(not(feature = "sqlx-postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __sqlx_postgres {
    ($ty:ident) => {};
}

#[cfg(not(any(feature = "diesel-sqlite", feature = "diesel-postgres")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel {
    ($ty:ident) => {};
}

#[cfg(not(any(feature = "diesel-sqlite", feature = "diesel-postgres")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_any {
    ($ty:ident) => {};
}

#[cfg(not(feature = "diesel-postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_postgres {
    ($ty:ident) => {};
}

#[cfg(not(feature = "diesel-postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_postgres_any {
    ($ty:ident) => {};
}

#[cfg(not(feature = "diesel-sqlite"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_sqlite {
    ($ty:ident) => {};
}

#[cfg(not(feature = "diesel-sqlite"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diesel_sqlite_any {
    ($ty:ident) => {};
}

#[cfg(not(feature = "sea-orm"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __sea_orm {
    ($ty:ident) => {};
}

#[cfg(not(feature = "sea-orm"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __sea_orm_text {
    ($ty:ident) => {};
}

#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __schemars {
    ($ty:ident, $name:literal, $prefix:literal, $pattern:literal, $doc:literal, $example:literal) => {};
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa {
    ($ty:ident, $name:literal, $prefix:literal, $pattern:literal, $doc:literal, $example:literal) => {};
}

#[cfg(not(feature = "arbitrary"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __arbitrary {
    ($ty:ident) => {};
}

#[cfg(not(feature = "arbitrary"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __arbitrary_any {
    ($ty:ident) => {};
}

#[cfg(not(feature = "proptest"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __proptest {
    ($ty:ident) => {};
}

#[cfg(not(feature = "proptest"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __proptest_any {
    ($ty:ident) => {};
}

#[cfg(not(feature = "async-graphql"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __async_graphql {
    ($ty:ident, $name:literal, $doc:literal) => {};
}

#[cfg(not(feature = "async-graphql"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __async_graphql_any {
    ($ty:ident) => {};
}
