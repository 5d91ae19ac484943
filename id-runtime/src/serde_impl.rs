//! serde support: TypeID text in human-readable formats, the 16 raw bytes in binary ones.

use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::Serializer;
use uuid::Uuid;

use crate::{IdBuf, ParseIdError, TypedId};

/// Serializes a typed ID: its text for JSON, TOML and the like; its 16 bytes for postcard, bincode and the like.
///
/// Inlined, so that the kind's prefix is a constant where the text is written (a store, not a `memcpy` call).
#[inline]
pub fn serialize_typed<S: Serializer>(
    prefix: &str,
    uuid: Uuid,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_str(IdBuf::new().write(prefix, uuid))
    } else {
        serializer.serialize_bytes(uuid.as_bytes())
    }
}

/// Deserializes a typed ID written by [`serialize_typed`].
#[inline]
pub fn deserialize_typed<'de, T: TypedId, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_str(TypedVisitor::<T>(PhantomData))
    } else {
        deserializer.deserialize_bytes(TypedVisitor::<T>(PhantomData))
    }
}

struct TypedVisitor<T>(PhantomData<T>);

impl<'de, T: TypedId> Visitor<'de> for TypedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a `{}` ID (TypeID text or 16 bytes)", T::INFO.name)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        match T::parse(text) {
            Ok(id) => Ok(id),
            Err(error) => Err(invalid_id(error)),
        }
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        match <[u8; 16]>::try_from(bytes) {
            Ok(bytes) => Ok(T::from_uuid(Uuid::from_bytes(bytes))),
            Err(_) => Err(E::invalid_length(bytes.len(), &"16 bytes")),
        }
    }

    // Some formats hand bytes over as a sequence of integers.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut bytes = [0u8; 16];
        for (index, slot) in bytes.iter_mut().enumerate() {
            *slot = seq
                .next_element()?
                .ok_or_else(|| de::Error::invalid_length(index, &"16 bytes"))?;
        }
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(17, &"16 bytes"));
        }
        Ok(T::from_uuid(Uuid::from_bytes(bytes)))
    }
}

/// The deserializer's error for text that is not an ID of the kind: out of line, so that the 90-byte
/// `ParseIdError` is only moved around on this cold path.
#[cold]
#[inline(never)]
fn invalid_id<E: de::Error>(error: ParseIdError) -> E {
    E::custom(error)
}

/// Deserializes anything parsed from TypeID text (`AnyId`, `DynamicId`), in every format.
pub fn deserialize_from_str<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: FromStr<Err = ParseIdError>,
    D: Deserializer<'de>,
{
    struct TextVisitor<T>(PhantomData<T>);

    impl<T: FromStr<Err = ParseIdError>> Visitor<'_> for TextVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an ID in TypeID text form")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            text.parse().map_err(E::custom)
        }
    }

    deserializer.deserialize_str(TextVisitor(PhantomData))
}
