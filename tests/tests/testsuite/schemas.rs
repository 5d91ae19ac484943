//! JSON Schema (schemars) and OpenAPI (utoipa): every typed ID is a string with the exact pattern of its kind.

use id_runtime::{DynamicId, Uuid};
use id_tests::ids::{IdType, RunId, TransactionId, UserId};
use regex_lite::Regex;
use serde::Deserialize;
use serde_json::Value;
use utoipa::PartialSchema;

#[id_runtime::ids(
    "../../fixtures/migration.toml",
    module = crate::schemas::migration
)]
mod migration {}

#[derive(Deserialize)]
struct Vector {
    typeid: String,
}

fn read_vectors(file: &str) -> Vec<Vector> {
    let path = format!("{}/conformance/typeid/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn invalid_vectors() -> Vec<String> {
    let vectors = read_vectors("invalid.json");
    // Under their own prefix and under each declared kind's prefix.
    let mut texts: Vec<String> = vectors.iter().map(|v| v.typeid.clone()).collect();
    for vector in &vectors {
        if let Some(rest) = vector.typeid.strip_prefix("prefix") {
            texts.extend(
                IdType::ALL
                    .iter()
                    .map(|kind| format!("{}{rest}", kind.prefix())),
            );
        }
    }
    texts
}

/// The suffixes of the valid vectors (the nil, one and max UUIDs among them), to be put under a kind's prefix.
fn valid_suffixes() -> Vec<String> {
    read_vectors("valid.json")
        .iter()
        .map(|vector| vector.typeid.rsplit('_').next().unwrap().to_owned())
        .collect()
}

/// 128-bit values spread over the whole range (SplitMix64, fixed seed), so that every first suffix character
/// `0`–`7` occurs; UUIDv7s made now all start with `01`.
fn random_values() -> impl Iterator<Item = u128> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    [0, 1, u128::MAX]
        .into_iter()
        .chain((0..1000).map(move |_| (u128::from(next()) << 64) | u128::from(next())))
}

fn pattern_of(schema: &Value) -> Regex {
    Regex::new(schema["pattern"].as_str().expect("a pattern")).expect("the pattern compiles")
}

/// Accepts the kind's IDs of 1,000 random 128-bit values and of the valid vectors; rejects every invalid vector
/// and the IDs of every other kind.
fn check_pattern(schema: &Value, kind: IdType) {
    let pattern = pattern_of(schema);
    let mut first_chars = std::collections::BTreeSet::new();
    for value in random_values() {
        let id = DynamicId::new(kind.prefix(), Uuid::from_u128(value))
            .unwrap()
            .to_string();
        assert!(pattern.is_match(&id), "{kind}: {pattern} rejects {id}");
        first_chars.insert(id.as_bytes()[kind.prefix().len() + 1]);
    }
    assert_eq!(
        first_chars.len(),
        8,
        "every first suffix character 0-7 was tried"
    );
    for suffix in valid_suffixes() {
        let id = format!("{}_{suffix}", kind.prefix());
        assert!(
            pattern.is_match(&id),
            "{kind}: {pattern} rejects the valid vector {id}"
        );
    }
    for text in invalid_vectors() {
        assert!(
            !pattern.is_match(&text),
            "{kind}: {pattern} accepts invalid {text:?}"
        );
    }
    for other in IdType::ALL.into_iter().filter(|other| *other != kind) {
        let id = DynamicId::new(other.prefix(), Uuid::now_v7())
            .unwrap()
            .to_string();
        assert!(
            !pattern.is_match(&id),
            "{kind}: {pattern} accepts the {other} ID {id}"
        );
    }
}

#[test]
fn json_schema_has_the_exact_pattern_format_description_and_example() {
    let schema = serde_json::to_value(schemars::schema_for!(TransactionId)).unwrap();
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["format"], "typeid");
    assert_eq!(schema["pattern"], "^txn_[0-7][0-9a-hjkmnp-tv-z]{25}$");
    assert_eq!(schema["description"], "A billing transaction.");
    let example = schema["examples"][0].as_str().unwrap();
    assert!(TransactionId::parse(example).is_ok(), "{example}");
    // Each schema comes from the same code path; check several kinds against generated IDs.
    let schemas = [
        (IdType::Transaction, schema.clone()),
        (
            IdType::Run,
            serde_json::to_value(schemars::schema_for!(RunId)).unwrap(),
        ),
        (
            IdType::User,
            serde_json::to_value(schemars::schema_for!(UserId)).unwrap(),
        ),
    ];
    for (kind, schema) in schemas {
        check_pattern(&schema, kind);
    }
}

#[test]
fn structs_holding_ids_reference_one_definition_per_kind() {
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct RunStarted {
        run: RunId,
        by: UserId,
    }
    let schema = serde_json::to_value(schemars::schema_for!(RunStarted)).unwrap();
    assert_eq!(schema["properties"]["run"]["$ref"], "#/$defs/RunId");
    assert_eq!(
        schema["$defs"]["UserId"]["pattern"],
        "^user_[0-7][0-9a-hjkmnp-tv-z]{25}$"
    );
}

#[test]
fn openapi_schema_matches_the_json_schema() {
    let schema = serde_json::to_value(RunId::schema()).unwrap();
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["format"], "typeid");
    assert_eq!(schema["description"], "One execution of an agent pipeline.");
    assert_eq!(<RunId as utoipa::ToSchema>::name(), "RunId");
    let json_schema = serde_json::to_value(schemars::schema_for!(RunId)).unwrap();
    assert_eq!(schema["pattern"], json_schema["pattern"]);
    assert!(RunId::parse(schema["examples"][0].as_str().unwrap()).is_ok());
    check_pattern(&schema, IdType::Run);
}

#[test]
fn patterns_accept_aliases_and_bare_uuids_where_the_manifest_does() {
    let schema = serde_json::to_value(schemars::schema_for!(migration::UserId)).unwrap();
    let pattern = pattern_of(&schema);
    let id = migration::UserId::new();
    let suffix = id.to_string().trim_start_matches("user_").to_owned();
    for accepted in [
        id.to_string(),
        format!("usr_{suffix}"),
        format!("account_{suffix}"),
        id.uuid().to_string(),
        id.uuid().simple().to_string().to_uppercase(),
    ] {
        assert!(pattern.is_match(&accepted), "{pattern} rejects {accepted}");
        assert!(
            migration::UserId::parse(&accepted).is_ok(),
            "the parser rejects {accepted}"
        );
    }
    let session = serde_json::to_value(schemars::schema_for!(migration::SessionId)).unwrap();
    assert!(
        !pattern_of(&session).is_match(&id.uuid().to_string()),
        "session does not accept bare UUIDs"
    );
}
