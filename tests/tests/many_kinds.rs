//! `AnyId` over a manifest large enough (105 prefixes) for the hash-table dispatch (`id-runtime/src/dispatch.rs`)
//! instead of the decision tree the root manifest uses: every kind and alias is found, nothing else is.

use id_runtime::{ParseIdError, Uuid};

/// The IDs of `tests/fixtures/kinds100.toml`.
#[id_runtime::ids("../fixtures/kinds100.toml")]
pub mod ids {}

use ids::{AnyId, IdType, JobId, LegacyUserId};

const SUFFIX: &str = "01h455vb4pex5vsknk084sn02q";

#[test]
fn the_fixture_is_large_enough_for_the_hash_table() {
    assert_eq!(IdType::COUNT, 102);
    assert_eq!(AnyId::__PREFIXES.len(), 105);
}

#[test]
fn every_kind_parses_to_itself_in_any_order() {
    let value = Uuid::parse_str("01890a5d-ac96-774b-bcce-b302099a8057").unwrap();
    // Forwards, backwards and interleaved, so no order of lookups is favoured.
    let order: Vec<IdType> = IdType::ALL
        .iter()
        .copied()
        .chain(IdType::ALL.iter().rev().copied())
        .chain(IdType::ALL.iter().step_by(7).copied())
        .collect();
    for kind in order {
        let text = format!("{}_{SUFFIX}", kind.prefix());
        let any: AnyId = text
            .parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"));
        assert_eq!(any.id_type(), kind, "{text}");
        assert_eq!(any.uuid(), value);
        assert_eq!(any.to_string(), text);
        assert_eq!(IdType::of(&text), Ok(kind));
    }
}

#[test]
fn aliases_parse_to_their_kind_and_print_the_canonical_prefix() {
    for (alias, kind) in [
        ("task", IdType::Job),
        ("cron", IdType::Job),
        ("job", IdType::Job),
        ("olduser", IdType::LegacyUser),
        ("lu", IdType::LegacyUser),
    ] {
        let any = AnyId::parse(&format!("{alias}_{SUFFIX}")).unwrap();
        assert_eq!(any.id_type(), kind, "{alias}");
        assert_eq!(any.to_string(), format!("{}_{SUFFIX}", kind.prefix()));
    }
    let job = JobId::parse(&format!("cron_{SUFFIX}")).unwrap();
    assert_eq!(
        AnyId::from(job),
        AnyId::parse(&format!("task_{SUFFIX}")).unwrap()
    );
    assert!(LegacyUserId::parse("01890a5d-ac96-774b-bcce-b302099a8057").is_ok());
}

#[test]
fn anything_else_is_an_unknown_or_invalid_prefix() {
    for unknown in [
        "jobs",
        "jo",
        "tasks",
        "account_batc",
        "account_batchh",
        "zzz",
        "a",
        "lu_lu",
    ] {
        let text = format!("{unknown}_{SUFFIX}");
        match AnyId::parse(&text) {
            Err(ParseIdError::UnknownPrefix { found, .. }) => assert_eq!(&*found, unknown),
            other => panic!("{text}: {other:?}"),
        }
    }
    let typo = AnyId::parse(&format!("acount_batch_{SUFFIX}")).unwrap_err();
    assert_eq!(typo.suggestion(), Some("account_batch"));
    assert!(matches!(
        AnyId::parse(&format!("Job_{SUFFIX}")),
        Err(ParseIdError::InvalidPrefix { .. })
    ));
    assert!(matches!(
        AnyId::parse("01890a5d-ac96-774b-bcce-b302099a8057"),
        Err(ParseIdError::BareUuid { .. })
    ));
}

/// The hash-table dispatch against a plain reading of the manifest, on every fuzz seed of `AnyId::parse` and on
/// each seed's suffix under every declared prefix and alias: a TypeID whose prefix is declared parses to that
/// kind and UUID; one with another prefix is `UnknownPrefix`; anything else is rejected as `DynamicId` rejects it.
#[test]
fn the_table_agrees_with_a_linear_lookup_on_the_fuzz_seeds() {
    let kind_of = |prefix: &str| {
        IdType::ALL
            .into_iter()
            .find(|kind| kind.info().prefixes().any(|known| known == prefix))
    };
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/any_parse");
    let mut texts: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        let Ok(text) = String::from_utf8(data) else {
            continue;
        };
        if let Some((_, suffix)) = text.rsplit_once('_') {
            for prefix in AnyId::__PREFIXES {
                texts.push(format!("{prefix}_{suffix}"));
            }
        }
        texts.push(text);
    }
    assert!(texts.len() > 1000, "{} inputs", texts.len());
    for text in &texts {
        let any = AnyId::parse(text);
        match id_runtime::DynamicId::parse(text) {
            Ok(dynamic) => match kind_of(dynamic.prefix()) {
                Some(kind) => {
                    let any = any.unwrap_or_else(|error| panic!("{text}: {error}"));
                    assert_eq!(
                        (any.id_type(), any.uuid()),
                        (kind, dynamic.uuid()),
                        "{text}"
                    );
                }
                None if dynamic.prefix().is_empty() => assert!(any.is_err(), "{text}"),
                None => assert!(
                    matches!(any, Err(ParseIdError::UnknownPrefix { .. })),
                    "{text}: {any:?}"
                ),
            },
            Err(_) => assert!(any.is_err(), "{text}: {any:?}"),
        }
    }
}
