//! Property tests: for any 128-bit value and any declared kind, parse(format(id)) == id.

use id_runtime::{DynamicId, IdBuf, Uuid};
use id_tests::ids::{AnyId, IdType};
use id_tests::reference;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};

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
}

/// Text shaped like an ID, so that it reaches the suffix decoder: a prefix (declared, random or none), then a suffix
/// that is valid, or has any lowercase letter (`i`, `l`, `o`, `u`, and a first character above `7`), or is a
/// character short or long, or holds one uppercase letter or symbol.
fn id_shaped() -> impl Strategy<Value = String> {
    let declared: Vec<String> = IdType::ALL
        .iter()
        .map(|kind| format!("{}_", kind.prefix()))
        .collect();
    let prefix = prop_oneof![proptest::sample::select(declared), "([a-z_]{0,6}_)?",];
    let suffix = prop_oneof![
        2 => "[0-7][0-9a-hjkmnp-tv-z]{25}",
        1 => "[0-9a-z]{26}",
        1 => "[0-7][0-9a-hjkmnp-tv-z]{24,26}",
        1 => "[0-7][0-9a-hjkmnp-tv-z]{12}[A-Z _-][0-9a-hjkmnp-tv-z]{12}",
    ];
    (prefix, suffix).prop_map(|(prefix, suffix)| format!("{prefix}{suffix}"))
}

/// Whatever parses formats back to exactly its input, and it parses exactly when the independent reference says it
/// is a TypeID (for `AnyId`: one of a declared kind). Both outcomes are counted and must each have been reached
/// often: a property of inputs that never reach the decoder checks nothing.
#[test]
fn whatever_parses_formats_back_to_its_input() {
    let outcomes = [(); 2].map(|()| AtomicUsize::new(0));
    let [accepted, rejected] = &outcomes;
    let mut runner = TestRunner::new(Config {
        cases: 1024,
        source_file: Some(file!()),
        ..Config::default()
    });
    runner
        .run(&id_shaped(), |text| {
            let expected = reference::parse(&text);
            match DynamicId::parse(&text) {
                Ok(id) => {
                    prop_assert_eq!(id.to_string(), text.clone());
                    prop_assert_eq!(
                        &expected,
                        &Some((id.prefix().to_owned(), id.uuid().as_u128()))
                    );
                    accepted.fetch_add(1, Ordering::Relaxed);
                }
                Err(error) => {
                    prop_assert_eq!(&expected, &None, "{:?}: {}", text, error);
                    rejected.fetch_add(1, Ordering::Relaxed);
                }
            }
            let declared = expected
                .as_ref()
                .is_some_and(|(prefix, _)| IdType::ALL.iter().any(|kind| kind.prefix() == prefix));
            match AnyId::parse(&text) {
                Ok(any) => {
                    prop_assert!(declared, "{:?}", text);
                    prop_assert_eq!(any.to_string(), text.clone());
                }
                Err(error) => prop_assert!(!declared, "{:?}: {}", text, error),
            }
            Ok(())
        })
        .unwrap();
    let counts = outcomes.map(AtomicUsize::into_inner);
    assert!(
        counts.iter().all(|&count| count >= 200),
        "accepted, rejected: {counts:?} of 1024"
    );
}
