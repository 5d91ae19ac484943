//! Opt-in integrations, one Cargo feature each: `sqlx-sqlite`, `sqlx-postgres`, `schemars`, `utoipa`.
//!
//! The `#[ids]` macro cannot see this crate's features, so for every kind it emits one call,
//! `id_runtime::__private::integrations!(RunId, …)`, and this crate defines that macro to expand to the impls of
//! the features it was built with, and to nothing for the others.

#[cfg(any(feature = "sqlx-sqlite", feature = "sqlx-postgres"))]
mod sqlx_impl;
#[cfg(any(feature = "sqlx-sqlite", feature = "sqlx-postgres"))]
pub use self::sqlx_impl::*;

#[cfg(feature = "schemars")]
mod schemars_impl;
#[cfg(feature = "schemars")]
pub use self::schemars_impl::*;

#[cfg(feature = "utoipa")]
mod utoipa_impl;
#[cfg(feature = "utoipa")]
pub use self::utoipa_impl::*;

/// Every enabled integration for one typed ID.
///
/// expands to: `__sqlx!(RunId); __sqlx_postgres!(RunId); __schemars!(RunId, …); __utoipa!(RunId, …);`, each of
/// which is empty unless its feature is on.
#[doc(hidden)]
#[macro_export]
macro_rules! __integrations {
    ($ty:ident, name = $name:literal, pattern = $pattern:literal, doc = $doc:literal, example = $example:literal) => {
        $crate::__sqlx!($ty);
        $crate::__sqlx_postgres!($ty);
        $crate::__schemars!($ty, $name, $pattern, $doc, $example);
        $crate::__utoipa!($ty, $name, $pattern, $doc, $example);
    };
}

/// The integrations of `AnyId`: SQL as TEXT (the bytes alone would lose the kind).
#[doc(hidden)]
#[macro_export]
macro_rules! __any_id_integrations {
    ($ty:ident) => {
        $crate::__sqlx_text!($ty);
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

#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __schemars {
    ($ty:ident, $name:literal, $pattern:literal, $doc:literal, $example:literal) => {};
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa {
    ($ty:ident, $name:literal, $pattern:literal, $doc:literal, $example:literal) => {};
}
