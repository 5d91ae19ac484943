//! The compile-time parser of `from_static` and the run-time `parse` give the same answer, value or error, for the
//! same text: on the TypeID conformance vectors under every kind's prefix and aliases, and on random text.

use id_runtime::{IdInfo, TypedId, Uuid};
use id_tests::ids::{self, IdType};
use proptest::prelude::*;
use serde::Deserialize;

use super::migration;

#[derive(Deserialize)]
struct Vector {
    typeid: String,
}

fn vectors(file: &str) -> Vec<String> {
    let path = format!("{}/conformance/typeid/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let vectors: Vec<Vector> = serde_json::from_str(&text).unwrap();
    vectors.into_iter().map(|vector| vector.typeid).collect()
}

/// Both parsers on `input` for the kind `T`; a failure names the input.
fn agree<T: TypedId>(input: &str) -> Result<(), String> {
    let literal = id_runtime::__private::parse_literal(input, T::INFO);
    let runtime = T::parse(input).map(|id| id.uuid());
    if literal == runtime {
        Ok(())
    } else {
        Err(format!(
            "{} {input:?}: literal {literal:?}, parse {runtime:?}",
            T::INFO.name
        ))
    }
}

/// `input` for every kind whose rules differ: plain, with a four-letter prefix, v4, aliases with `accept_uuid`, and
/// deprecated.
#[allow(deprecated)]
fn agree_for_every_kind(input: &str) -> Result<(), String> {
    agree::<ids::RunId>(input)?;
    agree::<ids::TransactionId>(input)?;
    agree::<ids::UserId>(input)?;
    agree::<migration::UserId>(input)?;
    agree::<migration::SessionId>(input)?;
    agree::<migration::WebsocketId>(input)
}

/// Every prefix the kinds above accept, and a few they do not.
#[allow(deprecated)]
fn prefixes() -> Vec<&'static str> {
    let infos: [&IdInfo; 3] = [
        ids::TransactionId::INFO,
        migration::UserId::INFO,
        migration::WebsocketId::INFO,
    ];
    let mut prefixes: Vec<&str> = IdType::ALL.iter().map(|kind| kind.prefix()).collect();
    prefixes.extend(infos.iter().flat_map(|info| info.prefixes()));
    prefixes.extend(["", "prefix", "tx_", "_run", "Run", "r_u_n"]);
    prefixes
}

#[test]
fn both_parsers_agree_on_the_conformance_vectors_under_every_prefix() {
    let mut checked = 0;
    for typeid in vectors("valid.json")
        .into_iter()
        .chain(vectors("invalid.json"))
    {
        agree_for_every_kind(&typeid).unwrap();
        let (_, suffix) = typeid.rsplit_once('_').unwrap_or(("", &typeid));
        let rest = typeid.strip_prefix("prefix").unwrap_or(suffix);
        for prefix in prefixes() {
            for text in [
                format!("{prefix}_{suffix}"),
                format!("{prefix}{rest}"),
                format!("{prefix}{suffix}"),
            ] {
                agree_for_every_kind(&text).unwrap();
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} texts");
    // The valid vectors are accepted by both under a kind's own prefix (the assertion above would also pass if both
    // rejected everything).
    for typeid in vectors("valid.json") {
        let (_, suffix) = typeid.rsplit_once('_').unwrap_or(("", &typeid));
        let text = format!("run_{suffix}");
        assert!(
            id_runtime::__private::parse_literal(&text, ids::RunId::INFO).is_ok(),
            "{text}"
        );
    }
}

fn near_ids() -> impl Strategy<Value = String> {
    prop_oneof![
        // A valid ID of some prefix, with one byte replaced.
        (
            proptest::sample::select(prefixes()),
            any::<u128>(),
            any::<proptest::sample::Index>(),
            any::<u8>()
        )
            .prop_map(|(prefix, value, index, byte)| {
                let mut text = id_runtime::DynamicId::new(
                    prefix.trim_matches('_').to_lowercase().as_str(),
                    Uuid::from_u128(value),
                )
                .map(|id| id.to_string())
                .unwrap_or_default()
                .into_bytes();
                if !text.is_empty() {
                    let at = index.index(text.len());
                    text[at] = byte;
                }
                String::from_utf8_lossy(&text).into_owned()
            }),
        // Bare UUIDs in every text form and case, some cut or with a character changed.
        (any::<u128>(), 0..4u8, any::<bool>()).prop_map(|(value, form, upper)| {
            let uuid = Uuid::from_u128(value);
            let text = match form {
                0 => uuid.hyphenated().to_string(),
                1 => uuid.simple().to_string(),
                2 => uuid.braced().to_string(),
                _ => uuid.hyphenated().to_string().replacen('-', "_", 1),
            };
            if upper { text.to_uppercase() } else { text }
        }),
        // Prefix-like text, underscores and suffix-like text of lengths around 26.
        "[a-zA-Z_]{0,8}_?[0-9a-zA-Z_]{24,28}",
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn both_parsers_agree_on_random_text(text in near_ids()) {
        prop_assert_eq!(agree_for_every_kind(&text), Ok(()));
    }
}
