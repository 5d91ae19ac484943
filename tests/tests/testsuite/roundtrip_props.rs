//! Property tests: for any 128-bit value and any declared kind, parse(format(id)) == id.

use id_runtime::{DynamicId, IdBuf, Uuid};
use id_tests::ids::{AnyId, IdType};
use proptest::prelude::*;

fn any_kind() -> impl Strategy<Value = IdType> {
    proptest::sample::select(IdType::ALL.to_vec())
}

proptest! {
    #[test]
    fn every_kind_round_trips_every_value(value in any::<u128>(), kind in any_kind()) {
        let uuid = Uuid::from_u128(value);
        let text = DynamicId::new(kind.prefix(), uuid).unwrap().to_string();
        let any: AnyId = text.parse().unwrap();
        prop_assert_eq!(any.id_type(), kind);
        prop_assert_eq!(any.uuid(), uuid);
        prop_assert_eq!(any.to_string(), text.clone());
        let mut buf = IdBuf::new();
        prop_assert_eq!(any.encode(&mut buf), text.as_str());
        prop_assert_eq!(IdType::of(&text), Ok(kind));
    }

    #[test]
    fn dynamic_ids_round_trip_with_any_valid_prefix(value in any::<u128>(), prefix in "([a-z]([a-z_]{0,61}[a-z])?)?") {
        let id = DynamicId::new(&prefix, Uuid::from_u128(value)).unwrap();
        let text = id.to_string();
        prop_assert_eq!(DynamicId::parse(&text), Ok(id));
        prop_assert_eq!(text.len(), if prefix.is_empty() { 26 } else { prefix.len() + 27 });
    }

    #[test]
    fn parsing_arbitrary_text_never_panics(text in "\\PC{0,100}") {
        let _ = DynamicId::parse(&text);
        let _ = AnyId::parse(&text);
    }
}
