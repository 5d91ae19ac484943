//! The `arbitrary` feature: typed IDs and `AnyId`s from a fuzzer's raw bytes.

use std::collections::BTreeSet;

use arbitrary::{Arbitrary, Unstructured};
use id_tests::ids::{AnyId, IdType, RunId, UserId};
use id_tests::many_ids;

/// Fixed inputs: a counter pattern of 64 bytes starting at `seed`, enough for a few IDs.
fn input(seed: u8) -> Vec<u8> {
    (0..64u8)
        .map(|i| seed.wrapping_mul(31).wrapping_add(i.wrapping_mul(7)))
        .collect()
}

#[test]
fn a_typed_id_is_any_128_bit_value_of_the_input() {
    for seed in 0..=255u8 {
        let bytes = input(seed);
        let id = RunId::arbitrary(&mut Unstructured::new(&bytes)).unwrap();
        let value = u128::arbitrary(&mut Unstructured::new(&bytes)).unwrap();
        assert_eq!(id.uuid().as_u128(), value);
        assert_eq!(RunId::parse(&id.to_string()), Ok(id));
        // The same bytes, the same ID: a fuzzer's corpus entry always means the same input.
        assert_eq!(
            RunId::arbitrary(&mut Unstructured::new(&bytes)).unwrap(),
            id
        );
    }
    assert_eq!(
        RunId::arbitrary(&mut Unstructured::new(&[0; 16]))
            .unwrap()
            .uuid()
            .as_u128(),
        0
    );
    assert_eq!(
        RunId::arbitrary(&mut Unstructured::new(&[0xff; 16]))
            .unwrap()
            .uuid()
            .as_u128(),
        u128::MAX
    );
    assert_eq!(<RunId as Arbitrary>::size_hint(0), (16, Some(16)));
}

#[test]
fn any_id_reaches_every_kind_deterministically() {
    let mut kinds = BTreeSet::new();
    for first in 0..=255u8 {
        let mut bytes = input(first);
        bytes[0] = first;
        let id = AnyId::arbitrary(&mut Unstructured::new(&bytes)).unwrap();
        assert_eq!(
            AnyId::arbitrary(&mut Unstructured::new(&bytes)).unwrap(),
            id,
            "{bytes:?}"
        );
        assert_eq!(id.to_string().parse::<AnyId>(), Ok(id));
        assert_eq!(IdType::of(&id.to_string()), Ok(id.id_type()));
        kinds.insert(id.id_type());
    }
    assert_eq!(kinds.len(), IdType::COUNT, "reached {kinds:?}");
    let (low, high) = <AnyId as Arbitrary>::size_hint(0);
    assert!(
        low >= 16 && high.is_some_and(|high| high >= low),
        "{low} {high:?}"
    );
}

/// 102 kinds, past the size where `AnyId::parse` switches to its hash table: still every kind.
#[test]
fn any_id_reaches_every_kind_of_a_large_manifest() {
    let mut kinds = BTreeSet::new();
    for first in 0..=255u8 {
        let mut bytes = input(first);
        bytes[0] = first;
        let id = many_ids::AnyId::arbitrary(&mut Unstructured::new(&bytes)).unwrap();
        assert_eq!(id.to_string().parse::<many_ids::AnyId>(), Ok(id));
        kinds.insert(id.id_type());
    }
    assert_eq!(kinds.len(), many_ids::IdType::COUNT);
}

#[test]
fn structs_of_ids_derive_arbitrary() {
    // What a fuzz target of the user's own code takes.
    #[derive(Arbitrary, Debug, PartialEq)]
    struct Transfer {
        by: UserId,
        runs: [RunId; 2],
        target: AnyId,
        history: Vec<AnyId>,
    }
    let bytes: Vec<u8> = (0..=255u8).collect();
    let first = Transfer::arbitrary_take_rest(Unstructured::new(&bytes)).unwrap();
    let again = Transfer::arbitrary_take_rest(Unstructured::new(&bytes)).unwrap();
    assert_eq!(first, again);
    assert_ne!(
        first.runs[0], first.runs[1],
        "each field takes its own bytes"
    );
    assert_eq!(UserId::parse(&first.by.to_string()), Ok(first.by));
    for id in std::iter::once(&first.target).chain(&first.history) {
        assert_eq!(id.to_string().parse::<AnyId>(), Ok(*id));
    }
}
