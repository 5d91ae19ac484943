//! The cross-language row: the Rust sqlx mapping and the Python export's SQLAlchemy types on the same
//! SQLite file and the same PostgreSQL table. Rust writes rows, Python reads them back as the same IDs and writes
//! its own (id-cli/tests/harness/services/cross_language.py), and Rust reads those back.
//!
//! The Python module is exported by `ids` (`cargo run -p id-cli`) from the workspace's ids.toml, which is also the
//! manifest of `id_tests::ids`. Python comes from `$IDS_PYTHON` (default `python3`) with SQLAlchemy and psycopg, as
//! `.ci/run` installs them; without it the tests fail under CI and are skipped loudly elsewhere.

use std::path::{Path, PathBuf};
use std::process::Command;

use id_tests::ids::{AnyId, RunId, UserId};
use sqlx::{AssertSqlSafe, Connection, PgConnection, SqliteConnection};
// The table names below are this module's own, never input: AssertSqlSafe says so to sqlx.

use crate::common::{postgres_unreachable, postgres_url, skip};

/// The workspace root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `$IDS_PYTHON` or `python3`, when it imports SQLAlchemy and psycopg; None after a loud skip (a failure under CI).
fn python(test: &str) -> Option<String> {
    let program = std::env::var_os("IDS_PYTHON").map_or_else(
        || "python3".to_owned(),
        |path| root().join(path).to_string_lossy().into_owned(),
    );
    let imports = Command::new(&program)
        .args(["-c", "import sqlalchemy, psycopg"])
        .output();
    if imports.is_ok_and(|output| output.status.success()) {
        return Some(program);
    }
    skip(
        test,
        &format!(
            "`{program}` cannot import sqlalchemy and psycopg; `python3 -m pip install sqlalchemy==2.1.9 \
             'psycopg[binary]==3.3.9'` installs them (see .ci/run), or set IDS_PYTHON"
        ),
        true,
    );
    None
}

/// A fresh directory with `ids.py`, the Python export of the workspace's ids.toml.
fn module_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["run", "-q", "-p", "id-cli", "--bin", "ids", "--", "export"])
        .args(["--format", "python", "--manifest", "ids.toml", "-o"])
        .arg(dir.join("ids.py"))
        .current_dir(root())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "ids export failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    dir
}

/// The rows Rust writes: typed IDs, and an `AnyId` of either kind.
fn rust_rows() -> Vec<(RunId, UserId, AnyId)> {
    (0..6)
        .map(|index| {
            let (run, user) = (RunId::new(), UserId::new());
            let subject = if index % 2 == 0 {
                AnyId::from(user)
            } else {
                AnyId::from(run)
            };
            (run, user, subject)
        })
        .collect()
}

/// Runs the Python side; returns the rows it wrote, as text.
fn python_side(
    python: &str,
    dir: &Path,
    url: &str,
    table: &str,
    written: &[(RunId, UserId, AnyId)],
) -> Vec<(String, String, String)> {
    let text: Vec<[String; 3]> = written
        .iter()
        .map(|(run, user, subject)| [run.to_string(), user.to_string(), subject.to_string()])
        .collect();
    let rust_rows = dir.join("rust-rows.json");
    let python_rows = dir.join("python-rows.json");
    std::fs::write(&rust_rows, serde_json::to_string(&text).unwrap()).unwrap();
    let output = Command::new(python)
        .arg(root().join("id-cli/tests/harness/services/cross_language.py"))
        .arg(dir)
        .arg(url)
        .arg(table)
        .arg(&rust_rows)
        .arg(&python_rows)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success() && stdout.trim_end().ends_with(" passed, 0 failed"),
        "the Python side failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows: Vec<[String; 3]> =
        serde_json::from_str(&std::fs::read_to_string(&python_rows).unwrap()).unwrap();
    assert_eq!(rows.len(), 5, "the Python side wrote its rows");
    rows.into_iter().map(|[a, b, c]| (a, b, c)).collect()
}

/// The rows read back by Rust equal what Rust wrote and what Python wrote.
fn assert_read_back(
    read: Vec<(RunId, UserId, AnyId)>,
    written: &[(RunId, UserId, AnyId)],
    python: &[(String, String, String)],
) {
    let mut expected: Vec<(String, String, String)> = written
        .iter()
        .map(|(run, user, subject)| (run.to_string(), user.to_string(), subject.to_string()))
        .chain(python.iter().cloned())
        .collect();
    expected.sort();
    let mut got: Vec<(String, String, String)> = read
        .iter()
        .map(|(run, user, subject)| (run.to_string(), user.to_string(), subject.to_string()))
        .collect();
    got.sort();
    assert_eq!(got, expected);
}

#[tokio::test]
async fn python_and_rust_read_each_others_rows_on_sqlite() {
    let test = "python_rows::python_and_rust_read_each_others_rows_on_sqlite";
    let Some(python) = python(test) else {
        return;
    };
    let dir = module_dir("python-rows-sqlite");
    let file = dir.join("runs.db");
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let mut db = SqliteConnection::connect(&url).await.unwrap();
    sqlx::query(
        "CREATE TABLE runs (id BLOB PRIMARY KEY, started_by BLOB NOT NULL, subject TEXT NOT NULL)",
    )
    .execute(&mut db)
    .await
    .unwrap();
    let written = rust_rows();
    for (run, user, subject) in &written {
        sqlx::query("INSERT INTO runs (id, started_by, subject) VALUES (?, ?, ?)")
            .bind(run)
            .bind(user)
            .bind(subject)
            .execute(&mut db)
            .await
            .unwrap();
    }
    db.close().await.unwrap();
    let from_python = python_side(
        &python,
        &dir,
        &format!("sqlite:///{}", file.display()),
        "runs",
        &written,
    );
    let mut db = SqliteConnection::connect(&url).await.unwrap();
    let read: Vec<(RunId, UserId, AnyId)> =
        sqlx::query_as("SELECT id, started_by, subject FROM runs")
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_read_back(read, &written, &from_python);
}

#[tokio::test]
async fn python_and_rust_read_each_others_rows_on_postgres() {
    let test = "python_rows::python_and_rust_read_each_others_rows_on_postgres";
    let url = postgres_url();
    let mut db = match PgConnection::connect(&url).await {
        Ok(db) => db,
        Err(error) => return postgres_unreachable(test, &url, &error),
    };
    let Some(python) = python(test) else {
        return;
    };
    let dir = module_dir("python-rows-postgres");
    // A table of its own (Python connects separately, so not a temporary one), dropped at the end.
    let table = format!("python_rows_{}", std::process::id());
    sqlx::query(AssertSqlSafe(format!(
        "CREATE TABLE {table} (id uuid PRIMARY KEY, started_by uuid NOT NULL, subject text NOT NULL)"
    )))
    .execute(&mut db)
    .await
    .unwrap();
    let written = rust_rows();
    for (run, user, subject) in &written {
        sqlx::query(AssertSqlSafe(format!(
            "INSERT INTO {table} (id, started_by, subject) VALUES ($1, $2, $3)"
        )))
        .bind(run)
        .bind(user)
        .bind(subject)
        .execute(&mut db)
        .await
        .unwrap();
    }
    let python_url = url
        .replacen("postgres://", "postgresql+psycopg://", 1)
        .replacen("postgresql://", "postgresql+psycopg://", 1);
    let from_python = python_side(&python, &dir, &python_url, &table, &written);
    let read: Vec<(RunId, UserId, AnyId)> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT id, started_by, subject FROM {table}"
    )))
    .fetch_all(&mut db)
    .await
    .unwrap();
    sqlx::query(AssertSqlSafe(format!("DROP TABLE {table}")))
        .execute(&mut db)
        .await
        .unwrap();
    assert_read_back(read, &written, &from_python);
}
