//! The official TypeID v0.3 test vectors (tests/conformance/typeid, Apache-2.0, see its README).

use id_runtime::{DynamicId, IdBuf, ParseIdError, PrefixError, Uuid};
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

/// The rule each invalid vector breaks, with the position where one applies, written from the spec and the
/// vectors' descriptions (not from the parser). `shift` is added to every position after the prefix `prefix`: the
/// vectors that start with it are also parsed with a declared kind's prefix in its place.
fn expected_error(name: &str, shift: isize) -> ParseIdError {
    let at = |position: usize| position.checked_add_signed(shift).unwrap();
    let prefix =
        |reason: PrefixError, position: usize| ParseIdError::InvalidPrefix { reason, position };
    let char_in_prefix = |found: char, position: usize| {
        prefix(PrefixError::InvalidChar { found, position }, position)
    };
    let suffix_char = |found: char, position: usize| ParseIdError::InvalidChar {
        found,
        position: at(position),
    };
    match name {
        "prefix-uppercase" => char_in_prefix('P', 0),
        "prefix-numeric" => char_in_prefix('1', 0),
        "prefix-period" => char_in_prefix('.', 3),
        "prefix-non-ascii" => char_in_prefix('é', 2),
        "prefix-spaces" => char_in_prefix(' ', 0),
        "prefix-64-chars" => prefix(PrefixError::TooLong { len: 64 }, 0),
        "separator-empty-prefix" | "separator-empty" => {
            prefix(PrefixError::EmptyBeforeSeparator, 0)
        }
        "suffix-short" => ParseIdError::SuffixLength { found: 25 },
        "suffix-long" => ParseIdError::SuffixLength { found: 27 },
        "suffix-hyphens-crockford" => ParseIdError::SuffixLength { found: 28 },
        "prefix-empty" => ParseIdError::SuffixLength { found: 0 },
        // `prefix_` is 7 bytes: the suffix starts at byte 7.
        "suffix-spaces" => suffix_char(' ', 7 + 25),
        "suffix-uppercase" => suffix_char('A', 7 + 10),
        "suffix-hyphens" => suffix_char('-', 7 + 9),
        "suffix-wrong-alphabet" => suffix_char('o', 7),
        "suffix-ambiguous-crockford" => suffix_char('i', 7),
        "suffix-overflow" => ParseIdError::Overflow {
            found: '8',
            position: at(7),
        },
        "prefix-underscore-start" => prefix(PrefixError::StartsWithUnderscore, 0),
        // The offending `_` is the prefix's last byte: byte 6 of `prefix_`.
        "prefix-underscore-end" => prefix(PrefixError::EndsWithUnderscore, at(6)),
        "empty" => ParseIdError::Empty,
        other => panic!("no expected error for the invalid vector {other}; add it"),
    }
}

#[test]
fn all_invalid_vectors_are_rejected_naming_the_rule_they_break() {
    let vectors: Vec<Invalid> = read("invalid.json");
    assert_eq!(vectors.len(), 21, "the spec ships 21 invalid vectors");
    for vector in vectors {
        let expected = expected_error(&vector.name, 0);
        let what = format!("{} ({})", vector.name, vector.description);
        assert_eq!(DynamicId::parse(&vector.typeid), Err(expected), "{what}");
        // `AnyId` checks the grammar before it looks the prefix up, so it names the same rule.
        assert_eq!(AnyId::parse(&vector.typeid), Err(expected), "{what}");
        assert!(!expected.to_string().is_empty());
    }
}

#[test]
fn invalid_vectors_are_rejected_by_the_typed_parse_when_the_prefix_is_declared() {
    // The vectors use the prefix `prefix`; put a declared kind's prefix in its place so the typed parse sees them.
    let mut checked = 0;
    for vector in read::<Invalid>("invalid.json") {
        let Some(rest) = vector.typeid.strip_prefix("prefix") else {
            continue;
        };
        let as_run = format!("run{rest}");
        // `run` is 3 bytes shorter than `prefix`.
        let expected = expected_error(&vector.name, -3);
        assert_eq!(
            RunId::parse(&as_run),
            Err(expected),
            "{}: {as_run}",
            vector.name
        );
        assert_eq!(
            DynamicId::parse(&as_run),
            Err(expected),
            "{}: {as_run}",
            vector.name
        );
        checked += 1;
    }
    assert_eq!(checked, 11, "the vectors with the prefix `prefix`");
}
