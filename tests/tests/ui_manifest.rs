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
