//! The script in the database: kinds, aliases and bare UUIDs as the manifest says, the errors for everything else,
//! loading it again, the guarantees its functions declare, and schema names that need quoting.

use super::psql::{Db, Outcome, Schema, literal};
use super::{CONFORMANCE, GOOD, export, loaded};
use crate::common::{ids, temp_dir};

const SUFFIX: &str = "01h455vb4pex5vsknk084sn02q";
const UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

#[test]
fn kinds_aliases_and_bare_uuids_follow_the_manifest() {
    let Some(db) = Db::connect("postgres: kinds_aliases_and_bare_uuids") else {
        return;
    };
    let schema = loaded(&db, "kinds", GOOD);
    let s = &schema.sql;
    let value = |query: String| db.outcome(&query).value(&query).map(str::to_owned);
    for accepted in [
        format!("user_{SUFFIX}"),
        format!("usr_{SUFFIX}"),
        format!("account_{SUFFIX}"),
        UUID.to_owned(),
        UUID.to_uppercase(),
        UUID.replace('-', ""),
    ] {
        let query = format!("SELECT {s}.user_id({})::text", literal(&accepted));
        assert_eq!(value(query).as_deref(), Some(UUID), "user_id({accepted})");
    }
    assert_eq!(
        value(format!("SELECT {s}.transaction_id('txn_{SUFFIX}')::text")).as_deref(),
        Some(UUID)
    );
    // Written back, an ID always has the canonical prefix, never an alias.
    assert_eq!(
        value(format!("SELECT {s}.user_text({s}.user_id('usr_{SUFFIX}'))")),
        Some(format!("user_{SUFFIX}"))
    );
    assert_eq!(
        value(format!("SELECT {s}.transaction_text('{UUID}')")),
        Some(format!("txn_{SUFFIX}"))
    );
    for (input, kind) in [
        (format!("usr_{SUFFIX}"), Some("user")),
        (format!("txn_{SUFFIX}"), Some("transaction")),
        (format!("ws_{SUFFIX}"), Some("websocket")),
        (format!("rn_{SUFFIX}"), None),
        (SUFFIX.to_owned(), None),
        (UUID.to_owned(), None),
        (format!("run_{}", SUFFIX.to_uppercase()), None),
    ] {
        let query = format!("SELECT {s}.id_kind({})", literal(&input));
        assert_eq!(value(query).as_deref(), kind, "id_kind({input})");
    }
    assert_eq!(value(format!("SELECT {s}.id_kind(NULL)")), None);
    assert_eq!(value(format!("SELECT {s}.run_id(NULL)::text")), None);

    let kinds = db.rows(&format!(
        "SELECT name, prefix, array_to_string(aliases, ','), accept_uuid, uuid_version, deprecated, doc FROM {s}.kinds"
    ));
    let row = |fields: [Option<&str>; 7]| fields.map(|field| field.map(str::to_owned)).to_vec();
    assert_eq!(kinds.len(), 6);
    assert_eq!(
        kinds[0],
        row([
            Some("user"),
            Some("user"),
            Some("usr,account"),
            Some("t"),
            Some("v7"),
            None,
            Some("A person or service account that signs in.")
        ])
    );
    assert_eq!(
        kinds[4],
        row([
            Some("websocket"),
            Some("ws"),
            Some(""),
            Some("f"),
            Some("v7"),
            Some("use connection instead"),
            None
        ])
    );
    assert_eq!(kinds[1][4].as_deref(), Some("v4"), "session is v4");
}

#[test]
fn wrong_kinds_and_unknown_prefixes_raise_22p02_naming_expected_and_found() {
    let Some(db) = Db::connect("postgres: wrong_kinds") else {
        return;
    };
    let schema = loaded(&db, "wrong", GOOD);
    let s = &schema.sql;
    for (function, input, message) in [
        (
            "run_id",
            format!("user_{SUFFIX}"),
            "expected a `run` ID, found a `user` ID",
        ),
        (
            "run_id",
            format!("usr_{SUFFIX}"),
            "expected a `run` ID, found a `usr` ID",
        ),
        (
            "run_id",
            format!("txn_{SUFFIX}"),
            "expected a `run` ID, found a `txn` ID",
        ),
        (
            "transaction_id",
            format!("run_{SUFFIX}"),
            "expected a `transaction` ID (`txn_…`), found a `run` ID",
        ),
        (
            "run_id",
            format!("rn_{SUFFIX}"),
            "expected a `run` ID, found a `rn` ID",
        ),
        (
            "run_id",
            SUFFIX.to_owned(),
            "expected a `run` ID, found an ID without prefix",
        ),
        (
            "run_id",
            UUID.to_owned(),
            "expected a `run` ID, found a bare UUID",
        ),
    ] {
        let query = format!("SELECT {s}.{function}({})::text", literal(&input));
        let outcome = db.outcome(&query);
        assert_eq!(
            outcome,
            Outcome::Error {
                state: "22P02".to_owned(),
                message: format!("wrong ID type: {message}"),
                detail: format!("The input was \"{input}\"."),
                hint: format!("{s}.{function} accepts {}", accepted(function)),
            },
            "{query}"
        );
    }
    let braces = db.outcome(&format!("SELECT {s}.user_id('{{{UUID}}}')::text"));
    let (state, message) = braces.error("a braced UUID");
    assert_eq!(state, "22P02");
    assert_eq!(
        message,
        "invalid `user` ID: the ID suffix must be 26 characters long, found 38 (the suffix is everything after the \
         last `_`)"
    );
    let prefix = db.outcome(&format!("SELECT {s}.typeid_encode('Run', '{UUID}')"));
    assert_eq!(
        prefix.error("an invalid prefix"),
        (
            "22P02",
            "invalid TypeID prefix: the character \"R\" at index 0; prefixes are lowercase"
        )
    );
}

fn accepted(function: &str) -> &'static str {
    match function {
        "run_id" => "run_... IDs",
        "transaction_id" => "txn_... IDs",
        other => panic!("{other}"),
    }
}

#[test]
fn loading_the_script_again_or_after_a_manifest_change_succeeds() {
    let Some(db) = Db::connect("postgres: loading_again") else {
        return;
    };
    let schema = loaded(&db, "again", GOOD);
    let dir = temp_dir("postgres-again");
    let good = export(GOOD, &schema.name, &dir, "good.sql");
    db.load(&good).expect("the same script loads a second time");
    let changed = export(CONFORMANCE, &schema.name, &dir, "conformance.sql");
    db.load(&changed)
        .expect("a script of another manifest replaces the first");
    let s = &schema.sql;
    let names = db.rows(&format!("SELECT string_agg(name, ',') FROM {s}.kinds"));
    assert_eq!(names[0][0].as_deref(), Some("prefix,pre_fix,user,run"));
    let user = db.outcome(&format!("SELECT {s}.user_id('account_{SUFFIX}')::text"));
    let (_, message) = user.error("an alias the new manifest dropped");
    assert_eq!(
        message,
        "wrong ID type: expected a `user` ID, found a `account` ID"
    );
}

#[test]
fn functions_are_immutable_strict_parallel_safe_and_work_in_constraints_indexes_and_generated_columns()
 {
    let Some(db) = Db::connect("postgres: immutable_strict_parallel_safe") else {
        return;
    };
    let schema = loaded(&db, "immutable", GOOD);
    let s = &schema.sql;
    let functions = db.rows(&format!(
        "SELECT proname, provolatile, proisstrict, proparallel FROM pg_proc \
         WHERE pronamespace = {}::regnamespace ORDER BY proname",
        literal(&schema.name)
    ));
    let names: Vec<&str> = functions.iter().map(|f| f[0].as_deref().unwrap()).collect();
    for public in [
        "typeid_encode",
        "typeid_decode",
        "typeid_prefix",
        "id_kind",
        "user_id",
        "user_text",
        "session_id",
        "session_text",
        "run_id",
        "run_text",
        "transaction_id",
        "transaction_text",
        "websocket_id",
        "websocket_text",
        "connection_id",
        "connection_text",
    ] {
        assert!(names.contains(&public), "{public} is missing: {names:?}");
    }
    for function in &functions {
        let flags: Vec<&str> = function[1..]
            .iter()
            .map(|f| f.as_deref().unwrap())
            .collect();
        assert_eq!(
            flags,
            ["i", "t", "s"],
            "{:?}: IMMUTABLE, STRICT, PARALLEL SAFE",
            function[0]
        );
    }

    let sql = format!(
        "CREATE TABLE {s}.runs (
           id uuid PRIMARY KEY,
           label text GENERATED ALWAYS AS ({s}.run_text(id)) STORED,
           started_by text NOT NULL CHECK ({s}.id_kind(started_by) = 'user')
         );
         CREATE INDEX runs_started_by_user ON {s}.runs ({s}.user_id(started_by));
         INSERT INTO {s}.runs (id, started_by)
           SELECT gen_random_uuid(), {s}.user_text(gen_random_uuid()) FROM generate_series(1, 500);
         INSERT INTO {s}.runs (id, started_by) VALUES ({s}.run_id('run_{SUFFIX}'), 'usr_{SUFFIX}');
         ANALYZE {s}.runs;
         SET enable_seqscan = off;
         SELECT label, started_by FROM {s}.runs WHERE {s}.user_id(started_by) = '{UUID}';
         EXPLAIN (COSTS OFF) SELECT * FROM {s}.runs WHERE {s}.user_id(started_by) = '{UUID}';
         SELECT '--';
         EXPLAIN (COSTS OFF) SELECT * FROM {s}.runs WHERE id = {s}.run_id('run_{SUFFIX}');
         "
    );
    let rows = db.rows(&sql);
    assert_eq!(
        rows[0],
        [Some(format!("run_{SUFFIX}")), Some(format!("usr_{SUFFIX}"))]
    );
    let lines: Vec<&str> = rows[1..]
        .iter()
        .map(|row| row[0].as_deref().unwrap())
        .collect();
    let mut plans = lines
        .split(|line| *line == "--")
        .map(|plan| plan.join("\n"));
    let (by_user, by_id) = (plans.next().unwrap(), plans.next().unwrap());
    // The functional index is the one searched, for the function of the column, not the table scanned.
    assert!(
        by_user.contains("Index Scan using runs_started_by_user on runs")
            || by_user.contains("Bitmap Index Scan on runs_started_by_user"),
        "{by_user}"
    );
    assert!(
        by_user.contains(&format!(
            "Index Cond: ({s}.user_id(started_by) = '{UUID}'::uuid)"
        )),
        "{by_user}"
    );
    // An IMMUTABLE function of a constant is computed once, when the query is planned: the primary key's index is
    // searched for the uuid itself.
    assert!(
        by_id.contains("Index Scan using runs_pkey on runs"),
        "{by_id}"
    );
    assert!(
        by_id.contains(&format!("Index Cond: (id = '{UUID}'::uuid)")),
        "{by_id}"
    );

    let rejected = db.outcome(&format!(
        "INSERT INTO {s}.runs (id, started_by) VALUES (gen_random_uuid(), 'run_{SUFFIX}') RETURNING 1"
    ));
    assert_eq!(
        rejected.error("a run ID where a user ID must be").0,
        "23514",
        "check_violation"
    );
}

#[test]
fn schema_names_are_quoted_as_postgresql_quotes_them() {
    let Some(db) = Db::connect("postgres: schema_names") else {
        return;
    };
    let name = format!("My \"IDs\" $$ {}", std::process::id());
    let sql = format!("\"{}\"", name.replace('"', "\"\""));
    let schema = Schema::named(&db, name, sql);
    let dir = temp_dir("postgres-schema-name");
    let script = export(CONFORMANCE, &schema.name, &dir, "ids.sql");
    db.load(&script).unwrap();
    let run = db.outcome(&format!(
        "SELECT {}.run_id('run_{SUFFIX}')::text",
        schema.sql
    ));
    assert_eq!(run.value("a function in a quoted schema"), Some(UUID));

    // Every keyword PostgreSQL will not take as a plain name is quoted, as quote_ident does.
    let keywords =
        db.rows("SELECT word, quote_ident(word) FROM pg_get_keywords() WHERE catcode <> 'U'");
    assert!(keywords.len() > 100, "{keywords:?}");
    for keyword in keywords
        .iter()
        .chain(&db.rows("SELECT 'ids', quote_ident('ids')"))
    {
        let (word, quoted) = (
            keyword[0].as_deref().unwrap(),
            keyword[1].as_deref().unwrap(),
        );
        let run = ids(&[
            "export",
            "-f",
            "postgres",
            "--manifest",
            CONFORMANCE,
            "--schema",
            word,
        ]);
        assert!(
            run.stdout
                .contains(&format!("\nCREATE SCHEMA IF NOT EXISTS {quoted};\n")),
            "{word} should be written {quoted}"
        );
    }
}
