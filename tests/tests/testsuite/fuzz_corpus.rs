//! Replays the fuzz seeds and every crash ever found (fuzz/seeds, fuzz/regressions) through the fuzz targets'
//! invariants, so a plain `cargo test` guards them without nightly or libFuzzer.

use std::path::Path;

use id_tests::fuzz_checks;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut replayed = 0;
    for folder in ["seeds", "regressions"] {
        let dir = fuzz.join(folder).join(target);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            if path.file_name().is_some_and(|name| name == ".keep") {
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
    }
    replayed
}

#[test]
fn dynamic_parse_corpus() {
    assert!(replay("dynamic_parse", fuzz_checks::dynamic_parse) >= 30);
}

#[test]
fn typed_parse_corpus() {
    assert!(replay("typed_parse", fuzz_checks::typed_parse) >= 30);
}

#[test]
fn any_parse_corpus() {
    assert!(replay("any_parse", fuzz_checks::any_parse) >= 30);
}

#[test]
fn any_parse_many_corpus() {
    assert!(replay("any_parse_many", fuzz_checks::any_parse_many) >= 30);
}

#[test]
fn manifest_corpus() {
    assert!(replay("manifest", fuzz_checks::manifest) >= 30);
}
