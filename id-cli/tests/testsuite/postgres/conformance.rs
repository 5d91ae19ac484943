//! The script's codec against the TypeID conformance vectors and against IDs made by the Rust runtime.

use id_runtime::Uuid;
use serde::Deserialize;

use super::psql::{Db, literal};
use super::{CONFORMANCE, loaded};
use crate::common::vectors_dir;
use crate::made_ids::ids::AnyId;
use crate::made_ids::made_by_rust;

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
}

fn read<T: for<'de> Deserialize<'de>>(file: &str) -> Vec<T> {
    let text = std::fs::read_to_string(vectors_dir().join(file)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The conformance fixture's kinds, each with its prefix.
const KINDS: [(&str, &str); 4] = [
    ("prefix", "prefix"),
    ("pre_fix", "pre_fix"),
    ("user", "user"),
    ("run", "run"),
];

/// What the error for each invalid vector says: the rule it breaks, in the words of the other exports.
fn expected_problem(name: &str) -> &'static str {
    match name {
        "prefix-uppercase" => {
            "invalid ID prefix: the character \"P\" at index 0; prefixes are lowercase"
        }
        "prefix-numeric" | "prefix-period" | "prefix-non-ascii" | "prefix-spaces" => {
            "; prefixes use only lowercase ASCII letters and `_`"
        }
        "prefix-64-chars" => "invalid ID prefix: it is 64 characters long; at most 63 are allowed",
        "separator-empty-prefix" | "separator-empty" => "the prefix before `_` is empty",
        "suffix-short" | "suffix-long" | "suffix-hyphens-crockford" => {
            "the ID suffix must be 26 characters long, found "
        }
        "suffix-uppercase" => "invalid character \"A\" at index 17: IDs are lowercase",
        "suffix-spaces"
        | "suffix-hyphens"
        | "suffix-wrong-alphabet"
        | "suffix-ambiguous-crockford" => {
            ": the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)"
        }
        "suffix-overflow" => "the ID suffix starts with \"8\": its first character must be 0-7",
        "prefix-underscore-start" => "invalid ID prefix: it starts with `_`",
        "prefix-underscore-end" => "invalid ID prefix: it ends with `_`",
        "empty" => "an empty string is not an ID",
        "prefix-empty" => "the ID has no suffix",
        other => panic!("no expected problem for the vector {other}; add it"),
    }
}

#[test]
fn valid_vectors_decode_encode_back_byte_exact_and_belong_to_their_kind_only() {
    let Some(db) = Db::connect("postgres: valid_vectors") else {
        return;
    };
    let schema = loaded(&db, "valid", CONFORMANCE);
    let s = &schema.sql;
    let vectors: Vec<Valid> = read("valid.json");
    assert_eq!(vectors.len(), 9);
    // Per vector: the codec, id_kind, then each kind's `_id` and `_text`, all in one session.
    let queries: Vec<String> = vectors
        .iter()
        .flat_map(|vector| {
            let (text, uuid) = (literal(&vector.typeid), literal(&vector.uuid));
            let mut queries = vec![
                format!("SELECT {s}.typeid_decode({text})::text"),
                format!("SELECT {s}.typeid_prefix({text})"),
                format!(
                    "SELECT {s}.typeid_encode({}, {uuid}::uuid)",
                    literal(&vector.prefix)
                ),
                format!("SELECT {s}.id_kind({text})"),
            ];
            for (kind, _) in KINDS {
                queries.push(format!("SELECT {s}.{kind}_id({text})::text"));
                queries.push(format!("SELECT {s}.{kind}_text({uuid}::uuid)"));
            }
            queries
        })
        .collect();
    let outcomes = db.outcomes(&queries);
    for (vector, outcomes) in vectors.iter().zip(outcomes.chunks(4 + 2 * KINDS.len())) {
        let name = &vector.name;
        let owner = KINDS.iter().find(|(_, prefix)| *prefix == vector.prefix);
        assert_eq!(
            outcomes[0].value(name),
            Some(vector.uuid.as_str()),
            "{name}: decode"
        );
        assert_eq!(
            outcomes[1].value(name),
            Some(vector.prefix.as_str()),
            "{name}: prefix"
        );
        assert_eq!(
            outcomes[2].value(name),
            Some(vector.typeid.as_str()),
            "{name}: encode"
        );
        assert_eq!(
            outcomes[3].value(name),
            owner.map(|(kind, _)| *kind),
            "{name}: id_kind"
        );
        let suffix = &vector.typeid[vector.typeid.len() - 26..];
        for ((kind, prefix), outcomes) in KINDS.iter().zip(outcomes[4..].chunks(2)) {
            if owner.is_some_and(|(owner, _)| owner == kind) {
                assert_eq!(
                    outcomes[0].value(name),
                    Some(vector.uuid.as_str()),
                    "{name}: {kind}_id"
                );
            } else {
                let (state, message) = outcomes[0].error(&format!("{name}: {kind}_id"));
                assert_eq!(state, "22P02", "{name}: {kind}_id");
                let found = if vector.prefix.is_empty() {
                    "an ID without prefix".to_owned()
                } else {
                    format!("a `{}` ID", vector.prefix)
                };
                assert_eq!(
                    message,
                    format!("wrong ID type: expected a `{kind}` ID, found {found}")
                );
            }
            // Any kind writes the UUID with its own prefix and the same suffix.
            let text = format!("{prefix}_{suffix}");
            assert_eq!(
                outcomes[1].value(name),
                Some(text.as_str()),
                "{name}: {kind}_text"
            );
        }
    }
}

#[test]
fn invalid_vectors_raise_22p02_naming_the_rule_they_break() {
    let Some(db) = Db::connect("postgres: invalid_vectors") else {
        return;
    };
    let schema = loaded(&db, "invalid", CONFORMANCE);
    let s = &schema.sql;
    let vectors: Vec<Invalid> = read("invalid.json");
    assert_eq!(vectors.len(), 21);
    let per_vector = 3 + KINDS.len();
    let queries: Vec<String> = vectors
        .iter()
        .flat_map(|vector| {
            let text = literal(&vector.typeid);
            let mut queries = vec![
                format!("SELECT {s}.typeid_decode({text})::text"),
                format!("SELECT {s}.typeid_prefix({text})"),
                format!("SELECT {s}.id_kind({text})"),
            ];
            queries.extend(
                KINDS
                    .iter()
                    .map(|(kind, _)| format!("SELECT {s}.{kind}_id({text})::text")),
            );
            queries
        })
        .collect();
    for (vector, outcomes) in vectors.iter().zip(db.outcomes(&queries).chunks(per_vector)) {
        let name = &vector.name;
        let problem = expected_problem(name);
        for (function, outcome) in ["typeid_decode", "typeid_prefix"].iter().zip(outcomes) {
            let (state, message) = outcome.error(&format!("{name}: {function}"));
            assert_eq!(state, "22P02", "{name}: {function}");
            assert!(
                message.starts_with("invalid TypeID: ") && message.contains(problem),
                "{name}: {message}"
            );
        }
        assert_eq!(
            outcomes[2].value(name),
            None,
            "{name}: id_kind of an invalid ID is NULL"
        );
        for ((kind, _), outcome) in KINDS.iter().zip(&outcomes[3..]) {
            let (state, message) = outcome.error(&format!("{name}: {kind}_id"));
            assert_eq!(state, "22P02", "{name}: {kind}_id");
            let start = format!("invalid `{kind}` ID: ");
            assert!(
                message.starts_with(&start) && message.contains(problem),
                "{name}: {message}"
            );
        }
    }
}

#[test]
fn a_thousand_ids_made_by_rust_round_trip_through_sql_unchanged() {
    let Some(db) = Db::connect("postgres: ids_made_by_rust") else {
        return;
    };
    let schema = loaded(&db, "rust_ids", CONFORMANCE);
    let s = &schema.sql;
    let made = made_by_rust(1000);
    // Stored as the application would: the text through `KIND_id` into a uuid column; read back through `KIND_text`.
    let rows: Vec<String> = made
        .iter()
        .enumerate()
        .map(|(n, id)| {
            let kind = id.id_type().name();
            format!(
                "({n}, {}, {s}.{kind}_id({}))",
                literal(kind),
                literal(&id.to_string())
            )
        })
        .collect();
    let texts: Vec<String> = KINDS
        .iter()
        .map(|(kind, _)| format!("WHEN {} THEN {s}.{kind}_text(id)", literal(kind)))
        .collect();
    let sql = format!(
        "CREATE TEMP TABLE stored (n int PRIMARY KEY, kind text NOT NULL, id uuid NOT NULL);\n\
         INSERT INTO stored VALUES\n{};\n\
         SELECT id::text, CASE kind {} END, {s}.typeid_encode({s}.typeid_prefix(CASE kind {} END), id),\n\
         {s}.id_kind(CASE kind {} END) FROM stored ORDER BY n;\n",
        rows.join(",\n"),
        texts.join(" "),
        texts.join(" "),
        texts.join(" "),
    );
    let back = db.rows(&sql);
    assert_eq!(back.len(), made.len());
    for (id, row) in made.iter().zip(&back) {
        let [uuid, text, encoded, kind] = row.as_slice() else {
            panic!("{row:?}");
        };
        assert_eq!(
            uuid.as_deref(),
            Some(id.uuid().to_string().as_str()),
            "{id}"
        );
        let text = text.as_deref().unwrap();
        let parsed: AnyId = text
            .parse()
            .unwrap_or_else(|error| panic!("{text}: {error}"));
        assert_eq!(parsed, *id, "back in Rust, the ID is the one that went in");
        assert_eq!(encoded.as_deref(), Some(text), "{id}: typeid_encode");
        assert_eq!(kind.as_deref(), Some(id.id_type().name()), "{id}: id_kind");
    }
    // And from Rust's UUID to SQL's text: the same TypeID.
    let sample: Vec<String> = made
        .iter()
        .step_by(7)
        .map(|id| {
            format!(
                "SELECT {s}.{}_text({}::uuid)",
                id.id_type().name(),
                literal(&id.uuid().to_string())
            )
        })
        .collect();
    for (outcome, id) in db.outcomes(&sample).iter().zip(made.iter().step_by(7)) {
        assert_eq!(outcome.value("KIND_text"), Some(id.to_string().as_str()));
    }
    assert_eq!(Uuid::max(), made[4].uuid(), "the extremes are included");
}
