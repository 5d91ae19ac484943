//! `AnyId` over a manifest large enough (105 prefixes) for the hash-table dispatch (`id-runtime/src/prefix_table.rs`)
//! instead of the decision tree the root manifest uses: every kind and alias is found, nothing else is.

use id_runtime::{IdKind, ParseIdError, Uuid};

use id_tests::many_ids::{AnyId, IdType, JobId, LegacyUserId};

const SUFFIX: &str = "01h455vb4pex5vsknk084sn02q";

#[test]
fn the_fixture_is_large_enough_for_the_hash_table() {
    assert_eq!(IdType::COUNT, 102);
    assert_eq!(<IdType as IdKind>::TABLE.prefixes().len(), 105);
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
    let bare = LegacyUserId::parse("01890a5d-ac96-774b-bcce-b302099a8057").unwrap();
    assert_eq!(
        bare.uuid(),
        Uuid::from_u128(0x0189_0a5d_ac96_774b_bcce_b302_099a_8057)
    );
    assert_eq!(
        bare.to_string(),
        format!("{}_{SUFFIX}", IdType::LegacyUser.prefix())
    );
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

/// The hash-table dispatch against a plain reading of the manifest (`id_tests::fuzz_checks::any_parse_many`, the
/// invariant of the `any_parse_many` fuzz target) on every seed of the `any_parse` target as written, and on each
/// seed's suffix under every declared prefix and alias, so that the positive paths are exercised too.
#[test]
fn the_table_agrees_with_a_linear_lookup_on_the_fuzz_seeds() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/any_parse");
    let mut texts: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        let Ok(text) = String::from_utf8(data) else {
            continue;
        };
        if let Some((_, suffix)) = text.rsplit_once('_') {
            for prefix in <IdType as IdKind>::TABLE.prefixes() {
                texts.push(format!("{prefix}_{suffix}"));
            }
        }
        texts.push(text);
    }
    assert!(texts.len() > 1000, "{} inputs", texts.len());
    let accepted = texts
        .iter()
        .filter(|text| AnyId::parse(text).is_ok())
        .count();
    assert!(
        accepted > 500,
        "only {accepted} of the inputs parse: the positive paths are not exercised"
    );
    for text in &texts {
        id_tests::fuzz_checks::any_parse_many(text.as_bytes());
    }
}
