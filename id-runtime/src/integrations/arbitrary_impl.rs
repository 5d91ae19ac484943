//! arbitrary: fuzzers (cargo-fuzz, libFuzzer) build typed IDs and `AnyId`s from raw bytes.
//!
//! Every 128-bit value is a valid ID of every kind (the text format covers them all), so a typed ID is any 16 bytes
//! of input, and `AnyId` a kind chosen from the input and then 16 bytes.

#[cfg(feature = "arbitrary")]
pub use self::enabled::*;

/// The impls, built with the feature.
#[cfg(feature = "arbitrary")]
mod enabled {
    use core::str::FromStr;

    pub use arbitrary;
    use arbitrary::{Arbitrary, Result, Unstructured};
    use uuid::Uuid;

    use crate::IdKind;

    /// A UUID from the next 16 bytes of input (zeros once the input runs out, as for every integer).
    #[inline]
    pub fn arbitrary_uuid(u: &mut Unstructured<'_>) -> Result<Uuid> {
        u128::arbitrary(u).map(Uuid::from_u128)
    }

    /// Bytes a typed ID takes: exactly 16.
    #[inline]
    pub fn uuid_size_hint(depth: usize) -> (usize, Option<usize>) {
        <u128 as Arbitrary>::size_hint(depth)
    }

    /// An `AnyId`: one of the kinds `K` lists, chosen from the input, then its UUID. Every kind is reachable.
    pub fn arbitrary_any_id<K: IdKind, A: FromStr>(u: &mut Unstructured<'_>) -> Result<A> {
        let kind = u.choose(<K as IdKind>::KINDS)?;
        let uuid = arbitrary_uuid(u)?;
        super::super::any_id_of(kind.info().prefix, uuid).ok_or(arbitrary::Error::IncorrectFormat)
    }

    /// Bytes an `AnyId` takes: the kind's index (up to the width of `usize`, fewer for few kinds), then 16.
    #[inline]
    pub fn any_id_size_hint(depth: usize) -> (usize, Option<usize>) {
        let (uuid, _) = uuid_size_hint(depth);
        (uuid, Some(uuid + size_of::<usize>()))
    }

    /// `Arbitrary` for a typed ID.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __arbitrary {
        ($ty:ident) => {
            impl<'a> $crate::__private::integrations::arbitrary::Arbitrary<'a> for $ty {
                #[inline]
                fn arbitrary(
                    u: &mut $crate::__private::integrations::arbitrary::Unstructured<'a>,
                ) -> $crate::__private::integrations::arbitrary::Result<Self> {
                    $crate::__private::integrations::arbitrary_uuid(u).map(Self::from_uuid)
                }
                #[inline]
                fn size_hint(depth: usize) -> (usize, ::core::option::Option<usize>) {
                    $crate::__private::integrations::uuid_size_hint(depth)
                }
            }
        };
    }

    /// `Arbitrary` for `AnyId`, over the kinds of the `IdType` beside it.
    #[doc(hidden)]
    #[macro_export]
    macro_rules! __arbitrary_any {
        ($ty:ident) => {
            impl<'a> $crate::__private::integrations::arbitrary::Arbitrary<'a> for $ty {
                #[inline]
                fn arbitrary(
                    u: &mut $crate::__private::integrations::arbitrary::Unstructured<'a>,
                ) -> $crate::__private::integrations::arbitrary::Result<Self> {
                    $crate::__private::integrations::arbitrary_any_id::<IdType, Self>(u)
                }
                #[inline]
                fn size_hint(depth: usize) -> (usize, ::core::option::Option<usize>) {
                    $crate::__private::integrations::any_id_size_hint(depth)
                }
            }
        };
    }
}

// Without the feature, the macros that `__integrations!` and `__any_id_integrations!` call expand to nothing.
#[cfg(not(feature = "arbitrary"))]
super::expand_to_nothing!($ __arbitrary, __arbitrary_any);
