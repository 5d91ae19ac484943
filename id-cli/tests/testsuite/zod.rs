//! `ids export --format zod`: the module is the TypeScript export plus zod schemas (snapshot of the schemas), compiled
//! by `tsc` with every strict flag together with a file that uses the schemas, then run under node against the TypeID
//! vectors, IDs made by the Rust runtime and IDs of the wrong kind.
//!
//! zod and tsc come from the npm registry (.ci/run installs them): IDS_NODE_MODULES names the node_modules directory
//! holding zod (default: target/typescript/node_modules of the workspace), IDS_TSC the compiler (default: tsc on
//! PATH, else the one in that node_modules). Without them the tests are skipped loudly; under CI they fail.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::common::{
    assert_snapshot, available, crate_dir, ids, run_tool, skip, temp_dir, vectors_dir,
};
use crate::export::assert_passed;
use crate::made_ids::{made_by_rust, write_as_vectors};

const GOOD: &str = "tests/fixtures/good/ids.toml";
const CONFORMANCE: &str = "tests/fixtures/conformance/ids.toml";

/// The flags of the TypeScript export's tests: every strict check there is.
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

/// `ids export --format zod --manifest MANIFEST -o DIR/FILE`; returns the file.
fn export(manifest: &str, dir: &Path, file: &str) -> PathBuf {
    let path = dir.join(file);
    let run = ids(&[
        "export",
        "-f",
        "zod",
        "--manifest",
        manifest,
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{run:#?}");
    path
}

/// A path from the environment, relative ones taken from the workspace root (where cargo is usually run).
fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).map(|path| crate_dir().join("..").join(path))
}

/// The node_modules directory holding zod, or a loud skip (a failure under CI).
fn node_modules(test: &str) -> Option<PathBuf> {
    let dir = env_path("IDS_NODE_MODULES")
        .unwrap_or_else(|| crate_dir().join("../target/typescript/node_modules"));
    if dir.join("zod/package.json").is_file() {
        return Some(dir);
    }
    skip(
        test,
        &format!(
            "zod not found in {} (set IDS_NODE_MODULES; `npm install --prefix target/typescript typescript@5.9.3 \
             zod@4.6.7` installs it)",
            dir.display()
        ),
        true,
    );
    None
}

/// `tsc`: IDS_TSC, else on PATH, else next to zod; or a loud skip (a failure under CI).
fn tsc(test: &str, node_modules: &Path) -> Option<PathBuf> {
    if let Some(path) = env_path("IDS_TSC") {
        return Some(path);
    }
    if available("tsc") {
        return Some(PathBuf::from("tsc"));
    }
    let local = node_modules.join(".bin/tsc");
    if local.is_file() {
        return Some(local);
    }
    skip(
        test,
        "tsc not found (set IDS_TSC or install typescript next to zod)",
        true,
    );
    None
}

/// node, zod and tsc, or None after a loud skip.
fn tools(test: &str) -> Option<(PathBuf, PathBuf)> {
    if !available("node") {
        skip(test, "node is not on PATH", true);
        return None;
    }
    let modules = node_modules(test)?;
    let tsc = tsc(test, &modules)?;
    Some((modules, tsc))
}

/// A directory where `import "zod"` resolves: `DIR/node_modules` links to the one holding zod.
fn dir_with_zod(name: &str, modules: &Path) -> PathBuf {
    let dir = temp_dir(name);
    #[cfg(unix)]
    std::os::unix::fs::symlink(modules, dir.join("node_modules")).unwrap();
    #[cfg(windows)]
    std::os::windows::fs::symlink_dir(modules, dir.join("node_modules")).unwrap();
    dir
}

/// Compiles `files` in `dir` strictly, into `dir/out` as ES modules node can import.
fn compile(tsc: &Path, dir: &Path, files: &[&str]) -> PathBuf {
    let out = dir.join("out");
    let mut args: Vec<OsString> = STRICT.iter().map(OsString::from).collect();
    args.extend(["--outDir".into(), out.clone().into_os_string()]);
    args.extend(files.iter().map(OsString::from));
    run_tool(tsc.to_str().unwrap(), &args, dir);
    std::fs::write(out.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
    out
}

#[test]
fn the_zod_module_is_the_typescript_module_plus_schemas() {
    let zod = ids(&["export", "--format", "zod", "--manifest", GOOD]);
    assert_eq!(zod.code, 0, "{zod:#?}");
    assert_eq!(zod.stderr, "");
    let typescript = ids(&["export", "--format", "typescript", "--manifest", GOOD]).stdout;
    // The codec is the TypeScript export's, verbatim: the zod module adds to it and changes nothing.
    let (head, tail) = zod
        .stdout
        .split_once(&typescript)
        .expect("the zod module holds the TypeScript module unchanged");
    assert!(head.starts_with(
        "// Generated by `ids export --format zod` from tests/fixtures/good/ids.toml."
    ));
    let zod_part = format!(
        "{head}// [the module of `ids export --format typescript`: snapshots/export.ts]\n{tail}"
    );
    assert_snapshot("export.zod.ts", &zod_part);
    let again = ids(&["export", "--format", "zod", "--manifest", GOOD]);
    assert_eq!(
        again.stdout, zod.stdout,
        "the same manifest gives the same module"
    );
}

#[test]
fn zod_schemas_type_check_strictly_and_pass_the_vectors_under_node() {
    let test = "zod_schemas_type_check_strictly_and_pass_the_vectors_under_node";
    let Some((modules, tsc)) = tools(test) else {
        return;
    };
    let dir = dir_with_zod("export-zod", &modules);
    export(CONFORMANCE, &dir, "ids.ts");
    let harness = crate_dir().join("tests/harness");
    std::fs::copy(harness.join("zod-consumer.ts"), dir.join("consumer.ts")).unwrap();
    // tsc --strict on the module and on a file that uses the schemas, whose @ts-expect-error lines must fail.
    let out = compile(&tsc, &dir, &["ids.ts", "consumer.ts"]);
    // The consumer's runtime checks: schemas inside z.object, issue paths, parsed values.
    let consumer = run_tool("node", [out.join("consumer.js")], &dir);
    assert_eq!(consumer.trim(), "consumer: ok");

    let vectors = write_as_vectors(&made_by_rust(1000), &dir);
    let output = run_tool(
        "node",
        [
            harness.join("zod.mjs"),
            out.join("ids.js"),
            vectors_dir(),
            vectors,
        ],
        &dir,
    );
    assert_passed(&output, 5000);
}

#[test]
fn zod_module_compiles_whatever_the_docs_say() {
    let test = "zod_module_compiles_whatever_the_docs_say";
    let Some((modules, tsc)) = tools(test) else {
        return;
    };
    let dir = dir_with_zod("export-zod-hostile", &modules);
    let manifest = dir.join("ids.toml");
    std::fs::write(
        &manifest,
        "[types.tricky]\ndoc = \"Ends */ a comment, has \\\\ and ${x} and `ticks`\"\n\
         deprecated = \"use */ other \\\"quoted\\\"\"\n\n[types.other]\ndoc = \"'single' \\u2028 separator\"\n",
    )
    .unwrap();
    export(manifest.to_str().unwrap(), &dir, "ids.ts");
    let out = compile(&tsc, &dir, &["ids.ts"]);
    let script = "import('./ids.js').then((m) => { \
                  const r = m.TrickyIdSchema.safeParse('other_01h455vb4pex5vsknk084sn02q'); \
                  if (r.success || !r.error.issues[0].message.includes('expected a `tricky` ID')) process.exit(3); \
                  if (m.OtherIdSchema.parse('other_01h455vb4pex5vsknk084sn02q') !== 'other_01h455vb4pex5vsknk084sn02q') \
                  process.exit(4); })";
    run_tool("node", ["--input-type=module", "-e", script], &out);
}
