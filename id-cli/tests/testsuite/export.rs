//! `ids export`: snapshots of every format, and the generated code run by the real tools: node and python3 against the
//! TypeID conformance vectors and wrong kinds, python's `re` for the JSON Schema patterns, and `tsc` (when available)
//! for the TypeScript and the JSDoc types.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::common::{assert_snapshot, available, ids, run_tool, skip, temp_dir, vectors_dir};
use id_runtime::{DynamicId, Uuid};

const GOOD: &str = "tests/fixtures/good/ids.toml";
const CONFORMANCE: &str = "tests/fixtures/conformance/ids.toml";

/// `ids export --format FORMAT --manifest MANIFEST -o DIR/FILE`; returns the file.
pub(crate) fn export(format: &str, manifest: &str, dir: &Path, file: &str) -> PathBuf {
    let path = dir.join(file);
    let run = ids(&[
        "export",
        "--format",
        format,
        "--manifest",
        manifest,
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, "", "-o writes nothing to stdout");
    path
}

/// IDs encoded by the Rust runtime, in the format of the vectors' valid.json, so that the generated codecs are
/// checked against this workspace's own, not only against the spec's nine examples.
pub(crate) fn rust_vectors(dir: &Path) -> PathBuf {
    let mut uuids = vec![
        Uuid::nil(),
        Uuid::from_u128(u128::MAX),
        Uuid::from_u128(1 << 127),
        Uuid::from_u128(u128::MAX >> 1),
        Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef),
    ];
    for _ in 0..40 {
        uuids.push(Uuid::new_v4());
        uuids.push(Uuid::now_v7());
    }
    let prefixes = ["prefix", "pre_fix", "user", "run", "other", ""];
    let vectors: Vec<serde_json::Value> = uuids
        .iter()
        .enumerate()
        .map(|(index, uuid)| {
            let prefix = prefixes[index % prefixes.len()];
            serde_json::json!({
                "name": format!("rust-{index}"),
                "typeid": DynamicId::new(prefix, *uuid).unwrap().to_string(),
                "prefix": prefix,
                "uuid": uuid.to_string(),
            })
        })
        .collect();
    let path = dir.join("rust-vectors.json");
    std::fs::write(&path, serde_json::to_string_pretty(&vectors).unwrap()).unwrap();
    path
}

#[test]
fn every_format_matches_its_snapshot() {
    for (format, snapshot) in [
        ("typescript", "export.ts"),
        ("javascript", "export.mjs"),
        ("python", "export.py"),
        ("json-schema", "export.schema.json"),
    ] {
        let run = ids(&["export", "--format", format, "--manifest", GOOD]);
        assert_eq!(run.code, 0, "{run:#?}");
        assert_eq!(run.stderr, "");
        assert_snapshot(snapshot, &run.stdout);
    }
}

#[test]
fn output_to_a_file_is_the_same_as_stdout() {
    let dir = temp_dir("export-file");
    let file = export("python", GOOD, &dir, "ids.py");
    let stdout = ids(&["export", "-f", "python", "--manifest", GOOD]).stdout;
    assert_eq!(std::fs::read_to_string(file).unwrap(), stdout);

    let unwritable = dir.join("missing/dir/ids.py");
    let run = ids(&[
        "export",
        "-f",
        "python",
        "--manifest",
        GOOD,
        "-o",
        unwritable.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("error: cannot write "), "{run:#?}");
}

/// node, or a loud skip (a failure under CI).
pub(crate) fn node(test: &str) -> bool {
    available("node") || {
        skip(test, "node is not on PATH", true);
        false
    }
}

/// python3, or a loud skip (a failure under CI).
pub(crate) fn python(test: &str) -> bool {
    available("python3") || {
        skip(test, "python3 is not on PATH", true);
        false
    }
}

/// `tsc`: `$IDS_TSC`, else `tsc` on PATH. Without it the TypeScript checks are skipped loudly, and fail under CI,
/// which installs it (`npm install --no-save --prefix target/typescript typescript@5.9.3`, `IDS_TSC`).
pub(crate) fn tsc(test: &str) -> Option<String> {
    if let Some(path) = std::env::var_os("IDS_TSC") {
        // A relative path is taken from the workspace root, where cargo is usually run.
        let path = crate::common::crate_dir().join("..").join(path);
        return Some(path.to_string_lossy().into_owned());
    }
    if available("tsc") {
        return Some("tsc".to_owned());
    }
    skip(
        test,
        "tsc not found (set IDS_TSC or put tsc on PATH; `npm install --prefix target/typescript typescript@5` \
         installs it)",
        true,
    );
    None
}

pub(crate) fn harness(file: &str) -> PathBuf {
    crate::common::crate_dir().join("tests/harness").join(file)
}

/// The harnesses end with `N passed, 0 failed`; make sure they checked something.
pub(crate) fn assert_passed(output: &str, at_least: usize) {
    let summary = output
        .lines()
        .rev()
        .find(|line| line.contains(" passed, "))
        .unwrap_or("");
    let passed: usize = summary
        .split(' ')
        .next()
        .unwrap_or("0")
        .parse()
        .unwrap_or(0);
    assert!(
        summary.ends_with(" passed, 0 failed") && passed >= at_least,
        "{output}"
    );
}

#[test]
fn javascript_passes_the_conformance_vectors_under_node() {
    if !node("javascript_passes_the_conformance_vectors_under_node") {
        return;
    }
    let dir = temp_dir("export-js");
    let module = export("javascript", CONFORMANCE, &dir, "ids.mjs");
    let vectors = rust_vectors(&dir);
    let output = run_tool(
        "node",
        [harness("conformance.mjs"), module, vectors_dir(), vectors],
        &dir,
    );
    assert_passed(&output, 1000);
}

#[test]
fn python_passes_the_conformance_vectors() {
    if !python("python_passes_the_conformance_vectors") {
        return;
    }
    let dir = temp_dir("export-py");
    let module = export("python", CONFORMANCE, &dir, "ids.py");
    let vectors = rust_vectors(&dir);
    let output = run_tool(
        "python3",
        [harness("conformance.py"), module, vectors_dir(), vectors],
        &dir,
    );
    assert_passed(&output, 1000);
}

#[test]
fn json_schema_patterns_match_exactly_the_ids_of_their_kind() {
    if !python("json_schema_patterns_match_exactly_the_ids_of_their_kind") {
        return;
    }
    let dir = temp_dir("export-schema");
    let schema = export("json-schema", CONFORMANCE, &dir, "ids.schema.json");
    let vectors = rust_vectors(&dir);
    let output = run_tool(
        "python3",
        [harness("schema.py"), schema, vectors_dir(), vectors],
        &dir,
    );
    assert_passed(&output, 500);
}

const STRICT: &[&str] = &[
    "--strict",
    "--target",
    "es2020",
    "--module",
    "es2020",
    "--moduleResolution",
    "bundler",
    "--noUncheckedIndexedAccess",
    "--exactOptionalPropertyTypes",
    "--noUnusedLocals",
    "--noUnusedParameters",
    "--noImplicitReturns",
    "--noImplicitOverride",
    "--noPropertyAccessFromIndexSignature",
    "--skipLibCheck",
];

pub(crate) fn strict() -> Vec<OsString> {
    STRICT.iter().map(OsString::from).collect()
}

#[test]
fn typescript_compiles_strictly_and_its_output_passes_the_vectors() {
    let Some(tsc) = tsc("typescript_compiles_strictly_and_its_output_passes_the_vectors") else {
        return;
    };
    let dir = temp_dir("export-ts");
    export("typescript", CONFORMANCE, &dir, "ids.ts");
    std::fs::copy(harness("consumer.ts"), dir.join("consumer.ts")).unwrap();
    let out = dir.join("out");
    let mut args = strict();
    args.extend([
        "--outDir".into(),
        out.clone().into(),
        "ids.ts".into(),
        "consumer.ts".into(),
    ]);
    run_tool(&tsc, &args, &dir);

    // The JavaScript tsc emits from the TypeScript behaves like the javascript export.
    if node("typescript_compiles_strictly_and_its_output_passes_the_vectors") {
        std::fs::write(out.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
        let vectors = rust_vectors(&dir);
        let output = run_tool(
            "node",
            [
                harness("conformance.mjs"),
                out.join("ids.js"),
                vectors_dir(),
                vectors,
            ],
            &dir,
        );
        assert_passed(&output, 1000);
    }
}

#[test]
fn javascript_jsdoc_types_check_strictly() {
    let Some(tsc) = tsc("javascript_jsdoc_types_check_strictly") else {
        return;
    };
    let dir = temp_dir("export-checkjs");
    export("javascript", GOOD, &dir, "ids.mjs");
    let mut args = strict();
    args.extend(["--allowJs", "--checkJs", "--noEmit", "ids.mjs"].map(OsString::from));
    run_tool(&tsc, &args, &dir);
}

/// Documentation that would break naive generators: comment ends, quotes, backslashes, template syntax.
const HOSTILE: &str = r#"
[types.tricky]
doc = "Ends */ a comment, \"\"\" a docstring, has \\ and ${x} and `ticks`"
description = "Line one.\nLine two */ with \"quotes\"\\"
deprecated = "use */ other \"\"\" \\"

[types.other]
doc = "'single' \u2028 separator"
"#;

#[test]
fn generated_code_stays_valid_whatever_the_docs_say() {
    let dir = temp_dir("export-hostile");
    let manifest = dir.join("ids.toml");
    std::fs::write(&manifest, HOSTILE).unwrap();
    let manifest = manifest.to_str().unwrap();
    let js = export("javascript", manifest, &dir, "ids.mjs");
    let py = export("python", manifest, &dir, "ids.py");
    let schema = export("json-schema", manifest, &dir, "ids.schema.json");
    let ts = export("typescript", manifest, &dir, "ids.ts");
    let text: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema).unwrap()).unwrap();
    assert_eq!(
        text["$defs"]["TrickyId"]["description"],
        "Ends */ a comment, \"\"\" a docstring, has \\ and ${x} and `ticks`\n\nLine one.\nLine two */ with \
         \"quotes\"\\\n\nDeprecated: use */ other \"\"\" \\"
    );
    if node("generated_code_stays_valid_whatever_the_docs_say") {
        let script = format!(
            "import({:?}).then((m) => {{ if (m.ID_INFO.tricky.doc !== {:?}) process.exit(3); \
             if (m.parseTrickyId('tricky_01h455vb4pex5vsknk084sn02q') !== 'tricky_01h455vb4pex5vsknk084sn02q') process.exit(4); }})",
            js.to_str().unwrap(),
            "Ends */ a comment, \"\"\" a docstring, has \\ and ${x} and `ticks`",
        );
        run_tool("node", ["--input-type=module", "-e", &script], &dir);
    }
    if python("generated_code_stays_valid_whatever_the_docs_say") {
        let script = "import importlib.util, sys\n\
                      spec = importlib.util.spec_from_file_location('ids', sys.argv[1])\n\
                      m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n\
                      assert m.IdType.TRICKY.info.doc.startswith('Ends */ a comment, \"\"\"'), m.IdType.TRICKY.info\n\
                      assert m.parse_tricky_id.__doc__.count('Deprecated: use */ other') == 1\n\
                      assert m.IdType.OTHER.info.doc == \"'single' \\u2028 separator\"\n";
        run_tool(
            "python3",
            [OsString::from("-c"), script.into(), py.into()],
            &dir,
        );
    }
    if let Some(tsc) = tsc("generated_code_stays_valid_whatever_the_docs_say") {
        let mut args = strict();
        args.extend(["--noEmit".into(), ts.into_os_string()]);
        run_tool(&tsc, &args, &dir);
    }
}
