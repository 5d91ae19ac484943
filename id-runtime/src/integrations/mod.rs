//! Opt-in integrations, one Cargo feature each: `sqlx-sqlite`, `sqlx-postgres`, `diesel-sqlite`, `diesel-postgres`,
//! `sea-orm`, `schemars`, `utoipa`, `arbitrary`, `proptest`, `async-graphql`.
//!
//! The `#[ids]` macro cannot see this crate's features, so for every kind it emits one call,
//! `id_runtime::__private::integrations!(RunId, …)`, and this crate defines that macro to expand to the impls of
//! the features it was built with, and to nothing for the others.

/// Defines each named `#[macro_export]` macro to expand to nothing: an integration's macros when its feature is
/// off. (`$d` is a `$` passed in, so that the macros it defines can have matchers of their own.)
#[allow(unused_macros, reason = "unused when every integration feature is on")]
macro_rules! expand_to_nothing {
    ($d:tt $($name:ident),+) => {
        $(
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $name {
                ($d($d input:tt)*) => {};
            }
        )+
    };
}
#[allow(unused_imports, reason = "unused when every integration feature is on")]
use expand_to_nothing;

// One module per integration: its impls behind its feature, and beside them the stubs that expand to nothing
// without it. What each enabled module exports is what its macros reach through `__private::integrations`.
mod arbitrary_impl;
mod async_graphql_impl;
mod diesel_impl;
mod diesel_postgres_impl;
mod diesel_sqlite_impl;
mod proptest_impl;
mod schemars_impl;
mod sea_orm_impl;
mod sqlx_impl;
mod utoipa_impl;

// A glob of a module whose feature is off imports nothing, which is not a mistake here (and the lint that looks
// for unreachable `pub` items does not see through `__private::integrations` then).
#[allow(unused_imports, unreachable_pub)]
pub use self::{
    arbitrary_impl::*, async_graphql_impl::*, diesel_impl::*, diesel_postgres_impl::*,
    diesel_sqlite_impl::*, proptest_impl::*, schemars_impl::*, sea_orm_impl::*, sqlx_impl::*,
    utoipa_impl::*,
};

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
