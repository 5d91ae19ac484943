//! Replays the fuzz seeds and the regressions (fuzz/seeds, fuzz/regressions) through the fuzz targets' invariants,
//! so a plain `cargo test` guards them without nightly or libFuzzer. The regressions are the crashes found and
//! hand-minimized hostile inputs (see fuzz/regressions/README.md); each folder must hold some, so that an emptied
//! folder fails here instead of replaying nothing.

use std::path::Path;

use id_tests::fuzz_checks;

/// Replays `fuzz/FOLDER/TARGET/*` through `check`; the number of inputs replayed.
fn replay(folder: &str, target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz")
        .join(folder)
        .join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut replayed = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(
            outcome.is_ok(),
            "{target}: {} breaks an invariant",
            path.display()
        );
        replayed += 1;
    }
    replayed
}

/// At least 30 seeds and 5 regressions, all passing the target's invariants.
fn replay_all(target: &str, check: fn(&[u8])) {
    let seeds = replay("seeds", target, check);
    assert!(seeds >= 30, "{target}: only {seeds} seeds");
    let regressions = replay("regressions", target, check);
    assert!(regressions >= 5, "{target}: only {regressions} regressions");
}

#[test]
fn dynamic_parse_corpus() {
    replay_all("dynamic_parse", fuzz_checks::dynamic_parse);
}

#[test]
fn typed_parse_corpus() {
    replay_all("typed_parse", fuzz_checks::typed_parse);
}

#[test]
fn any_parse_corpus() {
    replay_all("any_parse", fuzz_checks::any_parse);
}

#[test]
fn any_parse_many_corpus() {
    replay_all("any_parse_many", fuzz_checks::any_parse_many);
}

#[test]
fn manifest_corpus() {
    replay_all("manifest", fuzz_checks::manifest);
}
