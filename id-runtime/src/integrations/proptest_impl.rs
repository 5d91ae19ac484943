//! proptest: `any::<RunId>()` and `any::<AnyId>()` are strategies, so property tests of code that takes IDs need
//! no strategy of their own.
//!
//! A typed ID is any 128-bit value (every one is a valid ID of every kind), shrinking toward the zero UUID; an
//! `AnyId` is a kind and a value, shrinking toward the first kind of the manifest.

#[cfg(feature = "proptest")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "proptest")]
mod enabled {
    use core::ops::Range;
    use core::str::FromStr;

    pub use proptest;
    use proptest::num::u128;
    use proptest::strategy::{Map, Strategy};
    use uuid::Uuid;

    use crate::{IdKind, TypedId};

    /// The strategy of a typed ID `T`.
    pub type IdStrategy<T> = Map<u128::Any, fn(u128) -> T>;

    /// The strategy of an `AnyId` `A`: an index into the kinds, and the value.
    pub type AnyIdStrategy<A> = Map<(Range<usize>, u128::Any), fn((usize, u128)) -> A>;

    /// `any::<RunId>()`.
    pub fn id_strategy<T: TypedId>() -> IdStrategy<T> {
        let id: fn(u128) -> T = |value| T::from_uuid(Uuid::from_u128(value));
        u128::ANY.prop_map(id)
    }

    /// `any::<AnyId>()`, over the kinds `K` lists.
    pub fn any_id_strategy<K: IdKind, A: FromStr + core::fmt::Debug>() -> AnyIdStrategy<A> {
        let id: fn((usize, u128)) -> A = |(index, value)| {
            let prefix = <K as IdKind>::KINDS[index].info().prefix;
            super::super::any_id_of(prefix, Uuid::from_u128(value)).unwrap_or_else(|| {
                unreachable!("the canonical prefix `{prefix}` parses as its kind")
            })
        };
        (0..<K as IdKind>::KINDS.len(), u128::ANY).prop_map(id)
    }

    /// `proptest::arbitrary::Arbitrary` for a typed ID.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __proptest {
        ($ty:ident) => {
            impl $crate::__private::integrations::proptest::arbitrary::Arbitrary for $ty {
                type Parameters = ();
                type Strategy = $crate::__private::integrations::IdStrategy<Self>;
                #[inline]
                fn arbitrary_with((): ()) -> Self::Strategy {
                    $crate::__private::integrations::id_strategy()
                }
            }
        };
    }

    /// `proptest::arbitrary::Arbitrary` for `AnyId`, over the kinds of the `IdType` beside it.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __proptest_any {
        ($ty:ident) => {
            impl $crate::__private::integrations::proptest::arbitrary::Arbitrary for $ty {
                type Parameters = ();
                type Strategy = $crate::__private::integrations::AnyIdStrategy<Self>;
                #[inline]
                fn arbitrary_with((): ()) -> Self::Strategy {
                    $crate::__private::integrations::any_id_strategy::<IdType, Self>()
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "proptest"))]
super::expand_to_nothing!($ __proptest, __proptest_any);
