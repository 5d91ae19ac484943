//! UI tests: each mistake in ids.toml (or in the `#[ids]` attribute) is one clear compile error.
//!
//! One case per mistake in `tests/ui/manifest/` (globs are relative to this crate, `tests/`): `NAME.rs` beside its `NAME.toml` and the expected `NAME.stderr`.
//! Regenerate the snapshots with `TRYBUILD=overwrite cargo test -p id-tests --test ui_manifest`.

#[test]
fn manifest_mistakes_are_compile_errors() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/manifest/*.rs");
}

#[test]
fn deprecated_kinds_still_parse_where_allowed() {
    let t = trybuild::TestCases::new();
    t.pass("ui/manifest-pass/*.rs");
}
