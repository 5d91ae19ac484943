//! A PostgreSQL server reached through `psql`, the client that comes with the server package: no driver to build,
//! and scripts run exactly as a user would load them.
//!
//! The server is IDS_POSTGRES_URL, by default postgres://postgres:postgres@127.0.0.1:5432/postgres, as
//! `scripts/start-postgres.sh` makes it. Without psql or a reachable server the tests are skipped loudly, and fail
//! under CI (`CI` set) or when IDS_REQUIRE_POSTGRES=1 (which .ci/run sets once it has started the server).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common::{available, skip};

/// Field and record separators of psql's output: control characters that no value here contains.
const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';
/// How psql prints NULL.
const NULL: &str = "\\N";

/// A reachable server.
pub struct Db {
    /// The server's URL (IDS_POSTGRES_URL).
    pub url: String,
}

/// What a query gave: a value (None for NULL), or an error with its SQLSTATE, message, detail and hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The value, as text.
    Value(Option<String>),
    /// The error.
    Error {
        /// The SQLSTATE, e.g. `22P02`.
        state: String,
        /// The primary message.
        message: String,
        /// The DETAIL, "" when there is none.
        detail: String,
        /// The HINT, "" when there is none.
        hint: String,
    },
}

impl Outcome {
    /// The value, or a panic naming `what` and the error.
    pub fn value(&self, what: &str) -> Option<&str> {
        match self {
            Outcome::Value(value) => value.as_deref(),
            Outcome::Error { .. } => panic!("{what}: expected a value, got {self:?}"),
        }
    }

    /// The SQLSTATE and message of the error, or a panic naming `what` and the value.
    pub fn error(&self, what: &str) -> (&str, &str) {
        match self {
            Outcome::Error { state, message, .. } => (state, message),
            Outcome::Value(_) => panic!("{what}: expected an error, got {self:?}"),
        }
    }
}

/// Defines `pg_temp.outcome(query)`, which runs a query and returns its value or its error as a row. Line breaks
/// are written `\n`, so that every line of psql's output is a row.
const OUTCOME: &str = r"
CREATE FUNCTION pg_temp.outcome(query text, OUT outcome text, OUT value text, OUT state text, OUT message text,
                                OUT detail text, OUT hint text) LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE query INTO value;
  outcome := 'value';
  value := replace(value, chr(10), '\n');
EXCEPTION WHEN OTHERS THEN
  outcome := 'error';
  state := SQLSTATE;
  message := replace(SQLERRM, chr(10), '\n');
  GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  detail := replace(detail, chr(10), '\n');
  hint := replace(hint, chr(10), '\n');
END
$$;
";

impl Db {
    /// The server, or None after a loud skip (a failure when CI needs the server).
    pub fn connect(test: &str) -> Option<Db> {
        let required = std::env::var("IDS_REQUIRE_POSTGRES").as_deref() == Ok("1")
            || std::env::var_os("CI").is_some();
        if !available("psql") {
            if required {
                panic!(
                    "{test}: psql is not on PATH, and IDS_REQUIRE_POSTGRES=1 or CI needs PostgreSQL \
                     (scripts/start-postgres.sh installs it)"
                );
            }
            skip(
                test,
                "psql is not on PATH (scripts/start-postgres.sh installs PostgreSQL)",
                true,
            );
            return None;
        }
        let url = std::env::var("IDS_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_owned());
        let db = Db { url };
        if let Err(error) = db.run("SELECT 1") {
            if required {
                panic!("{test}: PostgreSQL at {} is unreachable: {error}", db.url);
            }
            skip(
                test,
                &format!(
                    "PostgreSQL at {} is unreachable ({}); run scripts/start-postgres.sh or set IDS_POSTGRES_URL",
                    db.url,
                    error.split_whitespace().collect::<Vec<_>>().join(" ")
                ),
                false,
            );
            return None;
        }
        Some(db)
    }

    /// Runs `sql` in one session, stopping at the first error; returns the rows printed, or psql's stderr.
    pub fn run(&self, sql: &str) -> Result<String, String> {
        self.psql(&[], sql)
    }

    /// Loads the script at `path` as users are told to: one transaction, stopping at the first error.
    pub fn load(&self, path: &Path) -> Result<String, String> {
        let script = std::fs::read_to_string(path).unwrap();
        self.psql(&["--single-transaction"], &script)
    }

    fn psql(&self, extra: &[&str], sql: &str) -> Result<String, String> {
        let mut child = Command::new("psql")
            .args(["--no-psqlrc", "--quiet", "--no-align", "--tuples-only"])
            .args(["--set", "ON_ERROR_STOP=1"])
            .args(["--field-separator", &FIELD.to_string()])
            .args(["--record-separator", &RECORD.to_string()])
            .args(["--pset", &format!("null={NULL}")])
            .args(extra)
            .args(["--file", "-", "--dbname", &self.url])
            .env("PGCONNECT_TIMEOUT", "10")
            .env("PGOPTIONS", "-c client_min_messages=warning")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("psql runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(sql.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        if output.status.success() {
            Ok(String::from_utf8(output.stdout).expect("psql prints UTF-8"))
        } else {
            Err(String::from_utf8_lossy(&output.stderr).into_owned())
        }
    }

    /// The rows `sql` prints, each a list of fields (None for NULL); a panic with psql's error if it fails. Rows
    /// are separated by RECORD, and the last row of each result by a line break, so values must not hold one.
    pub fn rows(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        let output = self
            .run(sql)
            .unwrap_or_else(|error| panic!("{error}\n--- in:\n{sql}"));
        output
            .split([RECORD, '\n'])
            .filter(|record| !record.is_empty())
            .map(|record| {
                record
                    .split(FIELD)
                    .map(|field| (field != NULL).then(|| field.to_owned()))
                    .collect()
            })
            .collect()
    }

    /// The outcome of each query, which must give one value (or none) of a type that casts to text.
    pub fn outcomes(&self, queries: &[String]) -> Vec<Outcome> {
        let list: Vec<String> = queries.iter().map(|query| literal(query)).collect();
        let sql = format!(
            "{OUTCOME}SELECT o.* FROM unnest(ARRAY[{}]::text[]) WITH ORDINALITY AS q (query, n), \
             LATERAL pg_temp.outcome(q.query) AS o ORDER BY q.n;\n",
            list.join(",\n")
        );
        let rows = self.rows(&sql);
        assert_eq!(rows.len(), queries.len(), "one outcome per query");
        rows.into_iter()
            .map(|row| {
                let text = |field: &Option<String>| field.clone().unwrap_or_default();
                match row.as_slice() {
                    [Some(outcome), value, ..] if outcome == "value" => {
                        Outcome::Value(value.clone())
                    }
                    [Some(outcome), _, state, message, detail, hint] if outcome == "error" => {
                        Outcome::Error {
                            state: text(state),
                            message: text(message),
                            detail: text(detail),
                            hint: text(hint),
                        }
                    }
                    _ => panic!("unexpected outcome {row:?}"),
                }
            })
            .collect()
    }

    /// The outcome of one query.
    pub fn outcome(&self, query: &str) -> Outcome {
        self.outcomes(&[query.to_owned()]).remove(0)
    }
}

/// A schema made for one test, dropped with everything in it when the test ends, passed or failed. The process ID
/// in its name keeps parallel runs (and other users of the server) apart.
pub struct Schema<'a> {
    db: &'a Db,
    /// Its name, quoted for SQL when it must be.
    pub sql: String,
    /// Its name as `--schema` takes it.
    pub name: String,
}

impl<'a> Schema<'a> {
    /// `ids_test_LABEL_PID`, dropped first in case a killed run left it behind.
    pub fn new(db: &'a Db, label: &str) -> Schema<'a> {
        let name = format!("ids_test_{label}_{}", std::process::id());
        Schema::named(db, name.clone(), name)
    }

    /// A schema with any name; `sql` is the name as SQL must write it.
    pub fn named(db: &'a Db, name: String, sql: String) -> Schema<'a> {
        db.run(&format!("DROP SCHEMA IF EXISTS {sql} CASCADE;"))
            .unwrap();
        Schema { db, sql, name }
    }
}

impl Drop for Schema<'_> {
    fn drop(&mut self) {
        // A failure here must not hide the test's own panic.
        let _ = self
            .db
            .run(&format!("DROP SCHEMA IF EXISTS {} CASCADE;", self.sql));
    }
}

/// `text` as an SQL string literal (an `E'…'` one when it holds a backslash).
pub fn literal(text: &str) -> String {
    let quoted = text.replace('\'', "''");
    if text.contains('\\') {
        format!("E'{}'", quoted.replace('\\', "\\\\"))
    } else {
        format!("'{quoted}'")
    }
}
