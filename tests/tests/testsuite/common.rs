//! Helpers shared by the areas.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

/// Says loudly, past the test harness's output capture, that a check did not run; under CI (`CI` set) a check that
/// CI must run fails instead.
pub fn skip(test: &str, reason: &str, required_in_ci: bool) {
    if required_in_ci && std::env::var_os("CI").is_some() {
        panic!("{test}: {reason}, and CI must run this check");
    }
    // Writing to the stderr handle directly is not captured by the test harness, unlike eprintln!.
    let _ = writeln!(std::io::stderr(), "\n!!! SKIPPED {test}: {reason} !!!\n");
}

/// The PostgreSQL server of the database tests: IDS_POSTGRES_URL, or the one scripts/start-postgres.sh starts.
pub fn postgres_url() -> String {
    std::env::var("IDS_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A PostgreSQL test could not connect: a failure under IDS_REQUIRE_POSTGRES=1 or CI, a loud skip elsewhere.
pub fn postgres_unreachable(test: &str, url: &str, error: &dyn std::fmt::Display) {
    // libpq's messages span lines: one line keeps the skip readable.
    let error = error
        .to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if std::env::var("IDS_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("IDS_REQUIRE_POSTGRES=1 but PostgreSQL at {url} is unreachable: {error}");
    }
    skip(
        test,
        &format!(
            "PostgreSQL at {url} is unreachable ({error}); run scripts/start-postgres.sh \
             (or set IDS_POSTGRES_URL) to run it"
        ),
        true,
    );
}

/// An error and its sources, joined by `: `: diesel wraps a decoding error in one naming the field.
pub fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(error) = source {
        text.push_str(": ");
        text.push_str(&error.to_string());
        source = error.source();
    }
    text
}

/// The cargo target directory of the crates these tests build outside this workspace, shared so that syn, serde and
/// the macro are built once, and held by one test at a time.
///
/// Cargo lets one build at a time use a target directory and makes the others wait for its lock. The editor tests
/// measure how soon rust-analyzer shows a manifest edit, which includes the check it runs on save: queued behind
/// another test's cold build on CI's 2 cores, that check would measure the other build. So the tests take turns
/// here instead of queueing on cargo's lock, and the editor tests hold their turn throughout.
pub struct OutsideTarget {
    /// The directory, for `CARGO_TARGET_DIR`.
    pub path: PathBuf,
    _turn: MutexGuard<'static, ()>,
}

/// Waits for this test's turn at the shared outside-crate target directory (see [`OutsideTarget`]).
pub fn outside_target() -> OutsideTarget {
    static TURN: Mutex<()> = Mutex::new(());
    // A test that failed while holding its turn leaves nothing to repair: the directory is cargo's.
    let turn = TURN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    OutsideTarget {
        path: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("outside-target"),
        _turn: turn,
    }
}
