//! The official TypeID v0.3 test vectors (tests/conformance/typeid, Apache-2.0, see its README).

use id_runtime::{DynamicId, IdBuf, Uuid};
use id_tests::ids::{AnyId, RunId, UserId};
use serde::Deserialize;

#[derive(Deserialize)]
struct Valid {
    name: String,
    typeid: String,
    prefix: String,
    uuid: String,
}

#[derive(Deserialize)]
struct Invalid {
    name: String,
    typeid: String,
    description: String,
}

fn read<T: for<'de> Deserialize<'de>>(file: &str) -> Vec<T> {
    let path = format!("{}/conformance/typeid/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
}

#[test]
fn all_valid_vectors_decode_and_encode_back_byte_exact() {
    let vectors: Vec<Valid> = read("valid.json");
    assert_eq!(vectors.len(), 9, "the spec ships 9 valid vectors");
    for vector in vectors {
        let id =
            DynamicId::parse(&vector.typeid).unwrap_or_else(|e| panic!("{}: {e}", vector.name));
        let uuid = Uuid::parse_str(&vector.uuid).unwrap();
        assert_eq!(id.prefix(), vector.prefix, "{}", vector.name);
        assert_eq!(id.uuid(), uuid, "{}", vector.name);

        let built = DynamicId::new(&vector.prefix, uuid).unwrap();
        assert_eq!(built.to_string(), vector.typeid, "{}", vector.name);
        assert_eq!(
            built.encode(&mut IdBuf::new()),
            vector.typeid,
            "{}",
            vector.name
        );
    }
}

#[test]
fn valid_vectors_as_declared_kinds_round_trip_through_typed_parse() {
    for vector in read::<Valid>("valid.json") {
        let uuid = Uuid::parse_str(&vector.uuid).unwrap();
        // The same suffix under each declared prefix must give the same UUID through the typed parsers.
        let suffix = vector.typeid.rsplit('_').next().unwrap();
        let run = RunId::parse(&format!("run_{suffix}")).unwrap();
        assert_eq!(run.uuid(), uuid, "{}", vector.name);
        assert_eq!(run.to_string(), format!("run_{suffix}"));
        let any: AnyId = format!("user_{suffix}").parse().unwrap();
        assert_eq!(any, AnyId::User(UserId::from_uuid(uuid)), "{}", vector.name);
    }
}

#[test]
fn all_invalid_vectors_are_rejected() {
    let vectors: Vec<Invalid> = read("invalid.json");
    assert_eq!(vectors.len(), 21, "the spec ships 21 invalid vectors");
    for vector in vectors {
        let result = DynamicId::parse(&vector.typeid);
        assert!(
            result.is_err(),
            "{} ({}) was accepted: {result:?}",
            vector.name,
            vector.description
        );
        // The message must say something, and never panic on odd input.
        assert!(!result.unwrap_err().to_string().is_empty());
        assert!(AnyId::parse(&vector.typeid).is_err(), "{}", vector.name);
    }
}

#[test]
fn invalid_vectors_are_rejected_by_the_typed_parse_when_the_prefix_is_declared() {
    // The vectors use the prefix `prefix`; put a declared kind's prefix in its place so the typed parse sees them.
    for vector in read::<Invalid>("invalid.json") {
        let Some(rest) = vector.typeid.strip_prefix("prefix") else {
            continue;
        };
        let as_run = format!("run{rest}");
        assert!(
            RunId::parse(&as_run).is_err(),
            "{}: {as_run} was accepted",
            vector.name
        );
        assert!(
            DynamicId::parse(&as_run).is_err(),
            "{}: {as_run} was accepted",
            vector.name
        );
    }
}
