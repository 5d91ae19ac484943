//! UI tests for forgetting a kind: `id_type!`, `IdTable`, the visitors, `#[exhaustive]`, `#[covers_all]`,
//! `for_each_id_type!`. Each case `ui/exhaustive*/NAME.rs` reads its own `NAME.toml`; failing cases are in
//! `ui/exhaustive/`, passing ones (compiled and run) in `ui/exhaustive-pass/`.
//!
//! Regenerate the expected errors with `TRYBUILD=overwrite cargo test -p id-tests --test ui_exhaustive`, then read
//! every changed `.stderr`: each must show the intended error, once, at the right place.

#[test]
fn forgetting_a_kind_fails_to_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/exhaustive/*.rs");
    cases.pass("ui/exhaustive-pass/*.rs");
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
