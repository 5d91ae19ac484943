//! The job-added tests of `ids export`, the TypeScript and Python side of tests/ui/exhaustive/job-added.rs: the
//! fixture programs in tests/harness/exhaustive/ handle every kind of tests/fixtures/exhaustive/ids.toml through each
//! exhaustive shape. Against the module exported from that manifest they type-check and run; against the module
//! exported with `[types.job]` appended, `tsc --strict`, `mypy --strict` and pyright must report an error naming
//! `job` on each line marked `SITE`, and nowhere else, and the sites must throw at run time.
//!
//! The checkers are required under CI (.ci/run installs them) and skipped loudly elsewhere.

pub(crate) mod checkers;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::common::{crate_dir, run_tool, temp_dir};
use crate::export::{assert_passed, export, harness, node, python, strict};
use checkers::{
    Reported, mypy, mypy_args, mypy_errors, pyright, pyright_args, pyright_errors, run_failing,
    tsc_errors, tsc_required,
};

const MANIFEST: &str = "tests/fixtures/exhaustive/ids.toml";
const JOB: &str = "\n[types.job]\ndoc = \"A scheduled background job.\"\n";
const FIXTURES: &[&str] = &[
    "handles_every_kind.ts",
    "handles_every_kind.mjs",
    "handles_every_kind.py",
    "run_sites.mjs",
    "run_sites.py",
];

/// A fresh directory with the fixtures and the modules `ids export` writes for the manifest, with `[types.job]`
/// appended when `job_added`.
fn project(name: &str, job_added: bool, modules: &[(&str, &str)]) -> PathBuf {
    let dir = temp_dir(name);
    let manifest = if job_added {
        let path = dir.join("ids.toml");
        let text = std::fs::read_to_string(crate_dir().join(MANIFEST)).unwrap();
        std::fs::write(&path, text + JOB).unwrap();
        path.to_str().unwrap().to_owned()
    } else {
        MANIFEST.to_owned()
    };
    for (format, file) in modules {
        export(format, &manifest, &dir, file);
    }
    for fixture in FIXTURES {
        let source = harness(&format!("exhaustive/{fixture}"));
        std::fs::copy(source, dir.join(fixture)).unwrap();
    }
    dir
}

/// The lines of a fixture marked `SITE: what`, 1-based, with what they are.
fn sites(fixture: &str) -> BTreeMap<usize, String> {
    let text = std::fs::read_to_string(harness(&format!("exhaustive/{fixture}"))).unwrap();
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let (_, what) = line.split_once("SITE: ")?;
            Some((index + 1, what.trim().to_owned()))
        })
        .collect()
}

/// Each site of `fixture` has an error, every error is at a site, and each names `job`.
fn assert_fails_at_every_site(checker: &str, fixture: &str, errors: &[Reported], output: &str) {
    let sites = sites(fixture);
    assert_eq!(sites.len(), 4, "{fixture} marks its four sites");
    for error in errors {
        assert!(
            Path::new(&error.file).file_name() == Some(fixture.as_ref())
                && sites.contains_key(&error.line),
            "{checker} reported an error that is not at a site of {fixture}: {error:#?}\n{output}"
        );
        assert!(
            ["\"job\"", "'job'", "IdType.JOB"]
                .iter()
                .any(|name| error.message.contains(name)),
            "{checker}'s error at {fixture}:{} does not name `job`: {}",
            error.line,
            error.message
        );
    }
    for (line, what) in &sites {
        assert!(
            errors.iter().any(|error| error.line == *line),
            "{checker} did not fail at the {what} ({fixture}:{line}) although `job` was added:\n{output}"
        );
    }
}

#[test]
fn typescript_fails_at_every_site_when_job_is_added() {
    let test = "typescript_fails_at_every_site_when_job_is_added";
    let Some(tsc) = tsc_required(test) else {
        return;
    };
    let dir = project("exhaustive-ts-job", true, &[("typescript", "ids.ts")]);
    let mut args = strict();
    args.extend(["--noEmit", "--pretty", "false", "handles_every_kind.ts"].map(OsString::from));
    let output = run_failing(&tsc, &args, &dir);
    assert_fails_at_every_site(
        "tsc",
        "handles_every_kind.ts",
        &tsc_errors(&output),
        &output,
    );
}

#[test]
fn typescript_handles_every_kind_without_job() {
    let test = "typescript_handles_every_kind_without_job";
    let Some(tsc) = tsc_required(test) else {
        return;
    };
    let dir = project("exhaustive-ts", false, &[("typescript", "ids.ts")]);
    let mut args = strict();
    args.extend(["--outDir", "out", "handles_every_kind.ts"].map(OsString::from));
    run_tool(&tsc, &args, &dir);
    if node(test) {
        std::fs::write(dir.join("out/package.json"), "{\"type\": \"module\"}\n").unwrap();
        let run = [
            "run_sites.mjs",
            "out/handles_every_kind.js",
            "out/ids.js",
            "absent",
        ];
        assert_passed(&run_tool("node", run, &dir), 13);
    }
}

#[test]
fn javascript_jsdoc_fails_at_every_site_when_job_is_added() {
    let test = "javascript_jsdoc_fails_at_every_site_when_job_is_added";
    let Some(tsc) = tsc_required(test) else {
        return;
    };
    let dir = project("exhaustive-js-job", true, &[("javascript", "ids.mjs")]);
    let mut args = strict();
    args.extend(
        [
            "--allowJs",
            "--checkJs",
            "--noEmit",
            "--pretty",
            "false",
            "handles_every_kind.mjs",
        ]
        .map(OsString::from),
    );
    let output = run_failing(&tsc, &args, &dir);
    assert_fails_at_every_site(
        "tsc",
        "handles_every_kind.mjs",
        &tsc_errors(&output),
        &output,
    );
}

#[test]
fn javascript_jsdoc_handles_every_kind_without_job() {
    let test = "javascript_jsdoc_handles_every_kind_without_job";
    let Some(tsc) = tsc_required(test) else {
        return;
    };
    let dir = project("exhaustive-js", false, &[("javascript", "ids.mjs")]);
    let mut args = strict();
    args.extend(
        [
            "--allowJs",
            "--checkJs",
            "--noEmit",
            "handles_every_kind.mjs",
        ]
        .map(OsString::from),
    );
    run_tool(&tsc, &args, &dir);
}

#[test]
fn javascript_sites_run_and_throw_on_job_at_run_time() {
    let test = "javascript_sites_run_and_throw_on_job_at_run_time";
    if !node(test) {
        return;
    }
    for (job_added, mode, checks) in [(false, "absent", 13), (true, "added", 6)] {
        let dir = project(
            &format!("exhaustive-node-{mode}"),
            job_added,
            &[("javascript", "ids.mjs")],
        );
        let run = ["run_sites.mjs", "handles_every_kind.mjs", "ids.mjs", mode];
        assert_passed(&run_tool("node", run, &dir), checks);
    }
}

#[test]
fn mypy_fails_at_every_site_when_job_is_added() {
    let Some(mypy) = mypy("mypy_fails_at_every_site_when_job_is_added") else {
        return;
    };
    let dir = project("exhaustive-mypy-job", true, &[("python", "ids.py")]);
    let output = run_failing(&mypy.0, &mypy_args(&mypy), &dir);
    assert_fails_at_every_site(
        "mypy",
        "handles_every_kind.py",
        &mypy_errors(&output),
        &output,
    );
}

#[test]
fn mypy_passes_without_job() {
    let Some(mypy) = mypy("mypy_passes_without_job") else {
        return;
    };
    let dir = project("exhaustive-mypy", false, &[("python", "ids.py")]);
    let output = run_tool(&mypy.0, mypy_args(&mypy), &dir);
    assert!(
        output.starts_with("Success: no issues found in 2 source files"),
        "{output}"
    );
}

#[test]
fn pyright_fails_at_every_site_when_job_is_added() {
    let Some(pyright) = pyright("pyright_fails_at_every_site_when_job_is_added") else {
        return;
    };
    let dir = project("exhaustive-pyright-job", true, &[("python", "ids.py")]);
    let output = run_failing(&pyright.0, &pyright_args(&pyright, &dir, false), &dir);
    assert_fails_at_every_site(
        "pyright",
        "handles_every_kind.py",
        &pyright_errors(&output),
        &output,
    );
}

#[test]
fn pyright_strict_passes_without_job() {
    let Some(pyright) = pyright("pyright_strict_passes_without_job") else {
        return;
    };
    let dir = project("exhaustive-pyright", false, &[("python", "ids.py")]);
    let output = run_tool(&pyright.0, pyright_args(&pyright, &dir, true), &dir);
    let errors = pyright_errors(&output);
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn python_sites_run_and_raise_type_error_on_job_at_run_time() {
    if !python("python_sites_run_and_raise_type_error_on_job_at_run_time") {
        return;
    }
    for (job_added, mode, checks) in [(false, "absent", 14), (true, "added", 6)] {
        let dir = project(
            &format!("exhaustive-python-{mode}"),
            job_added,
            &[("python", "ids.py")],
        );
        assert_passed(&run_tool("python3", ["run_sites.py", mode], &dir), checks);
    }
}
