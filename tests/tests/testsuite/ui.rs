//! UI tests (trybuild). Each case `ui/*/NAME.rs` reads its own `NAME.toml`.
//!
//! - `ui/exhaustive/`, `ui/exhaustive-pass/`: forgetting a kind: `id_type!`, `IdTable`, the visitors,
//!   `#[exhaustive]`, `#[covers_all]`, `for_each_id_type!`.
//! - `ui/manifest/`, `ui/manifest-pass/`: each mistake in ids.toml (or in the `#[ids]` attribute) is one clear
//!   compile error beside its `NAME.stderr`; deprecated kinds still parse where that is allowed.
//! - `ui/literals/`, `ui/literals-pass/`: an invalid `from_static` literal in a `const` or `static` is a compile error
//!   naming the rule it breaks (the kinds are in `ui/literals/ids.toml`); the accepted literals compile and run.
//!
//! All failing cases are one trybuild run: with no passing case in it, trybuild type-checks every case in one
//! `cargo check --keep-going`, in parallel, instead of one `cargo build` per case. The passing cases (built and
//! run, one by one) are a second run in the same project, so the dependencies are built once for both. That
//! project only depends on `id-runtime`, `id-manifest`, `serde` and this crate: the other dev-dependencies are
//! `cfg(not(trybuild))` in tests/Cargo.toml, since no case uses them.
//!
//! Regenerate the expected errors with `TRYBUILD=overwrite cargo test -p id-tests --test testsuite -- ui::`, then
//! read every changed `.stderr`: each must show the intended error, once, at the right place.

#[test]
fn mistakes_fail_to_compile_with_their_message_and_fixed_code_runs() {
    let failing = trybuild::TestCases::new();
    failing.compile_fail("ui/exhaustive/*.rs");
    failing.compile_fail("ui/manifest/*.rs");
    failing.compile_fail("ui/literals/*.rs");
    // Dropping runs the cases; a failure panics here, before the passing ones.
    drop(failing);
    let passing = trybuild::TestCases::new();
    passing.pass("ui/exhaustive-pass/*.rs");
    passing.pass("ui/manifest-pass/*.rs");
    passing.pass("ui/literals-pass/*.rs");
}

/// The pairs that show a manifest change breaking or fixing code must hold the same code, so that only the
/// manifest differs: the code below `pub mod ids {}` is compared.
#[test]
fn paired_cases_hold_the_same_code() {
    for (failing, passing) in [
        (
            "ui/exhaustive/run-missing.rs",
            "ui/exhaustive-pass/run-present.rs",
        ),
        (
            "ui/exhaustive/job-added.rs",
            "ui/exhaustive-pass/job-absent.rs",
        ),
    ] {
        assert_eq!(
            code_after_module(failing),
            code_after_module(passing),
            "{failing} and {passing} differ"
        );
    }
}

fn code_after_module(path: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let (_, code) = text
        .split_once("pub mod ids {}\n")
        .unwrap_or_else(|| panic!("{}: no `pub mod ids {{}}`", path.display()));
    code.to_owned()
}

/// The hostile-manifest matrix: every broken `NAME.toml` is reported at `NAME.toml:LINE:COL`, and the macro never
/// panics ("proc macro panicked" would be useless to a user).
#[test]
fn every_broken_manifest_is_located_and_nothing_panics() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/manifest");
    let mut located = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "stderr") {
            continue;
        }
        let stderr = std::fs::read_to_string(&path).unwrap();
        assert!(!stderr.contains("panicked"), "{}: {stderr}", path.display());
        let toml = path.with_extension("toml");
        // Cases about the attribute itself (not a module, bad arguments) have a valid manifest beside them.
        if toml.exists() && id_manifest::load(&toml, "case").is_err() {
            let name = toml.file_name().unwrap().to_string_lossy().into_owned();
            let at = stderr
                .find(&format!("error: {name}:"))
                .unwrap_or_else(|| panic!("{}: no {name}:LINE", path.display()));
            let line = stderr[at + 8 + name.len()..].split(':').next().unwrap();
            assert!(
                line.parse::<usize>().is_ok_and(|line| line >= 1),
                "{}: bad line {line:?}",
                path.display()
            );
            located += 1;
        }
    }
    assert!(
        located >= 30,
        "the matrix has {located} located manifests, expected at least 30"
    );
}
