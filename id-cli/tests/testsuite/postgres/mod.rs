//! `ids export --format postgres`: the script's text (snapshot, determinism, command-line errors), and the script
//! loaded into a real PostgreSQL server (see [`psql`]) and checked against the TypeID vectors, IDs made by the Rust
//! runtime, the manifest's aliases and bare UUIDs, and the guarantees its functions declare.

mod conformance;
mod database;
pub(crate) mod psql;
mod sqlalchemy;

use std::path::{Path, PathBuf};

use crate::common::{assert_snapshot, ids, temp_dir};
use psql::{Db, Schema};

const GOOD: &str = "tests/fixtures/good/ids.toml";
const CONFORMANCE: &str = "tests/fixtures/conformance/ids.toml";

/// `ids export --format postgres --manifest MANIFEST --schema SCHEMA -o DIR/FILE`; returns the file.
fn export(manifest: &str, schema: &str, dir: &Path, file: &str) -> PathBuf {
    let path = dir.join(file);
    let run = ids(&[
        "export",
        "--format",
        "postgres",
        "--manifest",
        manifest,
        "--schema",
        schema,
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, "");
    path
}

/// The error message of `SCHEMA.FUNCTION(input)` with the script of `manifest` loaded, or `None` after a loud skip
/// (a failure under CI) when no server is reachable. For the tests comparing messages across languages.
pub(crate) fn message_of(manifest: &str, function: &str, input: &str) -> Option<String> {
    let db = Db::connect(function)?;
    let schema = loaded(&db, "message", manifest);
    let query = format!(
        "SELECT {}.{function}({})::text",
        schema.sql,
        psql::literal(input)
    );
    let outcome = db.outcome(&query);
    let (state, message) = outcome.error(&query);
    assert_eq!(state, "22P02", "{query}");
    Some(message.to_owned())
}

/// A fresh schema `ids_test_LABEL_PID` with the script of `manifest` loaded into it.
pub(crate) fn loaded<'a>(db: &'a Db, label: &str, manifest: &str) -> Schema<'a> {
    let schema = Schema::new(db, label);
    let dir = temp_dir(&format!("postgres-{label}"));
    let script = export(manifest, &schema.name, &dir, "ids.sql");
    db.load(&script)
        .unwrap_or_else(|error| panic!("loading {}: {error}", script.display()));
    schema
}

#[test]
fn the_script_matches_its_snapshot_and_is_the_same_on_every_run() {
    let first = ids(&["export", "--format", "postgres", "--manifest", GOOD]);
    assert_eq!(first.code, 0, "{first:#?}");
    assert_eq!(first.stderr, "");
    assert_snapshot("export.sql", &first.stdout);
    // The same manifest gives byte-identical SQL, so a checked-in copy can be kept in sync with git diff.
    let second = ids(&["export", "-f", "postgres", "--manifest", GOOD]);
    assert_eq!(second.stdout, first.stdout);
    let named = ids(&[
        "export",
        "-f",
        "postgres",
        "--manifest",
        GOOD,
        "--schema",
        "ids",
    ]);
    assert_eq!(named.stdout, first.stdout, "`ids` is the default schema");
}

#[test]
fn the_schema_option_is_checked() {
    let other_format = ids(&[
        "export",
        "-f",
        "python",
        "--manifest",
        GOOD,
        "--schema",
        "x",
    ]);
    assert_eq!(other_format.code, 2, "{other_format:#?}");
    assert!(
        other_format
            .stderr
            .contains("--schema applies only to --format postgres"),
        "{other_format:#?}"
    );
    for (name, problem) in [
        ("", "the schema name is empty"),
        ("pg_ids", "names starting with `pg_` are reserved"),
        ("a\nb", "control character"),
    ] {
        let run = ids(&[
            "export",
            "-f",
            "postgres",
            "--manifest",
            GOOD,
            "--schema",
            name,
        ]);
        assert_eq!(run.code, 2, "{run:#?}");
        assert!(
            run.stderr.contains("--schema") && run.stderr.contains(problem),
            "{run:#?}"
        );
    }
    let long = "a".repeat(64);
    let run = ids(&[
        "export",
        "-f",
        "postgres",
        "--manifest",
        GOOD,
        "--schema",
        &long,
    ]);
    assert!(
        run.code == 2 && run.stderr.contains("at most 63"),
        "{run:#?}"
    );
}

#[test]
fn a_kind_name_too_long_for_postgresql_is_an_error_naming_it() {
    let dir = temp_dir("postgres-long-kind");
    let manifest = dir.join("ids.toml");
    let key = format!("a{}", "_b".repeat(29));
    std::fs::write(&manifest, format!("[types.{key}]\nprefix = \"long\"\n")).unwrap();
    let run = ids(&[
        "export",
        "-f",
        "postgres",
        "--manifest",
        manifest.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(
        run.stderr.contains(&format!("kind `{key}`"))
            && run
                .stderr
                .contains(&format!("`{key}_text` would be 64 bytes long")),
        "{run:#?}"
    );
}
