//! Differential tests: our codec against the `ulid` and `uuid` crates and against a plain reading of the TypeID
//! v0.3 rules, on random values and random mutations of valid IDs.

use id_runtime::{DynamicId, Uuid};
use id_tests::ids::{AnyId, RunId};
use proptest::prelude::*;

const ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

/// The spec, read literally and written for clarity, not speed: `None` when the text is not a TypeID.
fn reference_parse(text: &str) -> Option<(String, u128)> {
    let (prefix, suffix) = match text.rfind('_') {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => ("", text),
    };
    if text.contains('_') && prefix.is_empty() {
        return None;
    }
    let prefix_ok = prefix.len() <= 63
        && prefix.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && !prefix.starts_with('_')
        && !prefix.ends_with('_');
    if !prefix_ok
        || suffix.chars().count() != 26
        || !suffix.starts_with(|c: char| ('0'..='7').contains(&c))
    {
        return None;
    }
    let mut value: u128 = 0;
    for c in suffix.chars() {
        let digit = ALPHABET.find(c)? as u128;
        value = value.checked_mul(32)?.checked_add(digit)?;
    }
    Some((prefix.to_owned(), value))
}

fn ours(text: &str) -> Option<(String, u128)> {
    DynamicId::parse(text)
        .ok()
        .map(|id| (id.prefix().to_owned(), id.uuid().as_u128()))
}

fn valid_id() -> impl Strategy<Value = String> {
    (any::<u128>(), "([a-z]([a-z_]{0,10}[a-z])?)?").prop_map(|(value, prefix)| {
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
    fn parsing_agrees_with_uuid_on_the_value(value in any::<u128>()) {
        let uuid = Uuid::from_u128(value);
        let text = format!("run_{}", ulid::Ulid(value).to_string().to_lowercase());
        prop_assert_eq!(RunId::parse(&text).map(|id| id.uuid()), Ok(uuid));
        prop_assert_eq!(Uuid::parse_str(&uuid.hyphenated().to_string()).unwrap(), uuid);
    }

    #[test]
    fn mutations_are_accepted_exactly_when_the_rules_accept_them(text in mutated_id()) {
        prop_assert_eq!(ours(&text), reference_parse(&text), "{:?}", text);
        // The typed and dispatching parsers agree with the reference on kind-prefixed inputs too.
        if let Some((prefix, _)) = reference_parse(&text) {
            prop_assert_eq!(AnyId::parse(&text).is_ok(), id_tests::ids::IdType::ALL.iter().any(|k| k.prefix() == prefix));
        } else {
            prop_assert!(AnyId::parse(&text).is_err());
            prop_assert!(RunId::parse(&text).is_err());
        }
    }

    #[test]
    fn canonical_text_survives_a_round_trip(text in valid_id()) {
        let id = DynamicId::parse(&text).unwrap();
        prop_assert_eq!(id.to_string(), text);
    }
}

#[test]
fn the_reference_agrees_with_the_conformance_vectors() {
    assert_eq!(
        reference_parse("prefix_01h455vb4pex5vsknk084sn02q").map(|(p, _)| p),
        Some("prefix".to_owned())
    );
    assert_eq!(reference_parse("prefix_8zzzzzzzzzzzzzzzzzzzzzzzzz"), None);
    assert_eq!(reference_parse("_00000000000000000000000000"), None);
    assert_eq!(reference_parse("prefix__00000000000000000000000000"), None);
}
