//! Differential tests: our codec against the `ulid` and `uuid` crates and against a plain reading of the TypeID
//! v0.3 rules, on random values and random mutations of valid IDs.

use id_runtime::{DynamicId, Uuid};
use std::sync::atomic::{AtomicUsize, Ordering};

use id_tests::ids::{AnyId, IdType, RunId};
use id_tests::reference::parse as reference_parse;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn ours(text: &str) -> Option<(String, u128)> {
    DynamicId::parse(text)
        .ok()
        .map(|id| (id.prefix().to_owned(), id.uuid().as_u128()))
}

/// A valid TypeID: under a declared kind's prefix half of the time (so that `AnyId` accepts it), else under a
/// random prefix (almost never a declared one) or none.
fn valid_id() -> impl Strategy<Value = String> {
    let declared: Vec<String> = IdType::ALL
        .iter()
        .map(|kind| kind.prefix().to_owned())
        .collect();
    let prefix = prop_oneof![
        proptest::sample::select(declared),
        "([a-z]([a-z_]{0,10}[a-z])?)?",
    ];
    (any::<u128>(), prefix).prop_map(|(value, prefix)| {
        DynamicId::new(&prefix, Uuid::from_u128(value))
            .unwrap()
            .to_string()
    })
}

/// One random edit of a valid ID: a byte changed, removed or inserted, or a letter's case flipped.
fn mutated_id() -> impl Strategy<Value = String> {
    let byte = prop_oneof![
        proptest::sample::select(
            b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-. ".to_vec()
        ),
        any::<u8>().prop_filter("ASCII", u8::is_ascii),
    ];
    (
        valid_id(),
        0usize..4,
        any::<proptest::sample::Index>(),
        byte,
    )
        .prop_map(|(id, edit, index, byte)| {
            let mut bytes = id.into_bytes();
            let at = index.index(bytes.len());
            match edit {
                0 => bytes[at] = byte,
                1 => {
                    bytes.remove(at);
                }
                2 => bytes.insert(at, byte),
                _ => {
                    bytes[at] = if bytes[at].is_ascii_lowercase() {
                        bytes[at].to_ascii_uppercase()
                    } else {
                        bytes[at]
                    }
                }
            }
            String::from_utf8(bytes).expect("ASCII edits keep UTF-8")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn encoding_equals_ulid_lowercased(value in any::<u128>()) {
        let ours = DynamicId::new("", Uuid::from_u128(value)).unwrap().to_string();
        prop_assert_eq!(ours, ulid::Ulid(value).to_string().to_lowercase());
    }

    #[test]
    fn parsing_agrees_with_ulid_and_the_uuid_text_on_the_value(value in any::<u128>()) {
        let suffix = ulid::Ulid(value).to_string().to_lowercase();
        let uuid = RunId::parse(&format!("run_{suffix}")).map(|id| id.uuid());
        prop_assert_eq!(uuid.map(|uuid| uuid.as_u128()), Ok(value));
        // The ulid crate's own decoder reads the same number from the suffix.
        prop_assert_eq!(ulid::Ulid::from_string(&suffix).map(|ulid| ulid.0), Ok(value));
        // And the UUID is the one whose standard text is those 128 bits in hex, most significant first.
        let hex = format!("{value:032x}");
        let text = format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]);
        prop_assert_eq!(uuid.unwrap().hyphenated().to_string(), text);
    }

    #[test]
    fn canonical_text_survives_a_round_trip(text in valid_id()) {
        let id = DynamicId::parse(&text).unwrap();
        prop_assert_eq!(id.to_string(), text);
    }
}

/// Every mutation is accepted by `DynamicId` exactly when the reference accepts it; then `AnyId` and `RunId` accept
/// it, with the reference's value, exactly when its prefix is a declared kind's (or `run`). The three outcomes are
/// counted, and each must have been reached often: a differential that never reaches a branch checks nothing there.
#[test]
fn mutations_are_accepted_exactly_when_the_rules_accept_them() {
    let outcomes = [(); 3].map(|()| AtomicUsize::new(0));
    let [rejected, undeclared, declared] = &outcomes;
    let mut runner = TestRunner::new(Config {
        cases: 4096,
        source_file: Some(file!()),
        ..Config::default()
    });
    runner
        .run(&mutated_id(), |text| {
            prop_assert_eq!(ours(&text), reference_parse(&text), "{:?}", text);
            let Some((prefix, value)) = reference_parse(&text) else {
                prop_assert!(AnyId::parse(&text).is_err(), "{:?}", text);
                prop_assert!(RunId::parse(&text).is_err(), "{:?}", text);
                rejected.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            };
            let kind = IdType::ALL.into_iter().find(|kind| kind.prefix() == prefix);
            let any = AnyId::parse(&text).map(|any| (any.id_type(), any.uuid().as_u128()));
            match kind {
                Some(kind) => {
                    prop_assert_eq!(any, Ok((kind, value)), "{:?}", text);
                    declared.fetch_add(1, Ordering::Relaxed);
                }
                None => {
                    prop_assert!(any.is_err(), "{:?}: {:?}", text, any);
                    undeclared.fetch_add(1, Ordering::Relaxed);
                }
            }
            let run = RunId::parse(&text).map(|id| id.uuid().as_u128());
            prop_assert_eq!(run.ok(), (prefix == "run").then_some(value), "{:?}", text);
            Ok(())
        })
        .unwrap();
    let counts = outcomes.map(AtomicUsize::into_inner);
    assert!(
        counts.iter().all(|&count| count >= 200),
        "rejected, accepted under an undeclared prefix, accepted as a kind: {counts:?} of 4096"
    );
}

#[derive(serde::Deserialize)]
struct Vector {
    name: String,
    typeid: String,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    uuid: String,
}

fn vectors(file: &str) -> Vec<Vector> {
    let path = format!("{}/conformance/typeid/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
}

/// The reference accepts every valid vector with its prefix and UUID, and rejects every invalid one: it is only a
/// yardstick for the parsers if it is right about the spec's own examples.
#[test]
fn the_reference_agrees_with_the_conformance_vectors() {
    let valid = vectors("valid.json");
    assert_eq!(valid.len(), 9);
    for vector in valid {
        let uuid = Uuid::parse_str(&vector.uuid).unwrap().as_u128();
        assert_eq!(
            reference_parse(&vector.typeid),
            Some((vector.prefix, uuid)),
            "{}",
            vector.name
        );
    }
    let invalid = vectors("invalid.json");
    assert_eq!(invalid.len(), 21);
    for vector in invalid {
        assert_eq!(reference_parse(&vector.typeid), None, "{}", vector.name);
    }
}
