//! The typed IDs of `ids export --format python` in a Python service: the classes on the standard
//! library alone (`python3 -S`), a service using them type-checked by `mypy --strict` and pyright (strict) with one
//! planted error, and the real pydantic, FastAPI and SQLAlchemy (on a SQLite file here; on PostgreSQL in
//! `postgres::sqlalchemy`).
//!
//! The packages are found by `$IDS_PYTHON` (default `python3`), where `.ci/run` installs their pinned versions; under
//! CI a missing one fails these tests, elsewhere they are skipped loudly.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{crate_dir, run_tool, skip, temp_dir};
use crate::exhaustive::checkers::{Reported, mypy_errors, pyright, pyright_errors};
use crate::export::{assert_passed, export, harness, python, rust_vectors};

const GOOD: &str = "tests/fixtures/good/ids.toml";
const SERVICE_PACKAGES: &str = "pydantic, fastapi, httpx, sqlalchemy, psycopg, mypy";
const INSTALL: &str = "`python3 -m pip install pydantic==2.14.4 fastapi==0.165.0 httpx==0.29.0 sqlalchemy==2.1.9 \
                       psycopg[binary]==3.3.9 mypy==2.4.1` installs them (see .ci/run)";

/// The Python with the service packages: `$IDS_PYTHON` (relative to the workspace root, like IDS_TSC), else
/// `python3`; None after a loud skip (a failure under CI) when it cannot import them.
pub(crate) fn services_python(test: &str) -> Option<String> {
    let program = std::env::var_os("IDS_PYTHON").map_or_else(
        || "python3".to_owned(),
        |path| {
            crate_dir()
                .join("..")
                .join(path)
                .to_string_lossy()
                .into_owned()
        },
    );
    let imports = Command::new(&program)
        .args(["-c", &format!("import {SERVICE_PACKAGES}")])
        .output();
    match imports {
        Ok(output) if output.status.success() => Some(program),
        Ok(output) => {
            let error = String::from_utf8_lossy(&output.stderr);
            let last = error.lines().last().unwrap_or("").to_owned();
            skip(
                test,
                &format!("`{program}` cannot import {SERVICE_PACKAGES} ({last}); {INSTALL}"),
                true,
            );
            None
        }
        Err(error) => {
            skip(test, &format!("cannot run `{program}` ({error})"), true);
            None
        }
    }
}

/// A directory with the Python export of the fixture manifest as `ids.py`, and its JSON Schema.
pub(crate) fn module_dir(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    export("python", GOOD, &dir, "ids.py");
    export("json-schema", GOOD, &dir, "ids.schema.json");
    dir
}

#[test]
fn typed_ids_work_on_the_standard_library_alone() {
    let test = "typed_ids_work_on_the_standard_library_alone";
    if !python(test) {
        return;
    }
    let dir = module_dir("services-stdlib");
    let vectors = rust_vectors(&dir);
    // -S: no site-packages, so nothing but the standard library can be imported.
    let output = run_tool(
        "python3",
        [
            OsString::from("-S"),
            harness("services/typed_ids.py").into(),
            dir.clone().into(),
            vectors.into(),
        ],
        &dir,
    );
    assert_passed(&output, 400);
}

/// The lines of the consumer marked PLANTED, 1-based.
fn planted(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains("# PLANTED"))
        .map(|(index, _)| index + 1)
        .collect()
}

/// Exactly one error, in consumer.py on the planted line, whose message names `RunId` and one of `expected`.
fn assert_one_planted_error(
    checker: &str,
    errors: &[Reported],
    line: usize,
    expected: &[&str],
    output: &str,
) {
    assert_eq!(
        errors.len(),
        1,
        "{checker} must report the planted error and no other:\n{output}"
    );
    let error = &errors[0];
    assert!(
        Path::new(&error.file).file_name() == Some("consumer.py".as_ref()) && error.line == line,
        "{checker} reported an error elsewhere than the planted line {line}: {error:#?}\n{output}"
    );
    assert!(
        expected.iter().any(|name| error.message.contains(name)) && error.message.contains("RunId"),
        "{checker}'s error does not name one of {expected:?} and `RunId`: {error:#?}"
    );
}

/// Runs a checker that must fail; its stdout and stderr.
fn failing(program: &str, args: &[OsString], dir: &Path) -> String {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    assert!(
        !output.status.success(),
        "{program} accepted the planted error"
    );
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_service_type_checks_strictly_but_for_the_planted_error() {
    let test = "a_service_type_checks_strictly_but_for_the_planted_error";
    let Some(python) = services_python(test) else {
        return;
    };
    let Some(pyright) = pyright(test) else {
        return;
    };
    let executable = run_tool(
        &python,
        ["-c", "import sys; print(sys.executable)"],
        crate_dir(),
    );
    let source = std::fs::read_to_string(harness("services/consumer.py")).unwrap();
    let lines = planted(&source);
    assert_eq!(lines.len(), 1, "consumer.py plants one error");
    let line = lines[0];
    // The planted line as written (a UserId where a RunId is expected), then with a plain str instead (a literal:
    // pyright narrows a variable declared `str` to what was assigned to it).
    let with_str = source.replace(
        "start(user, user)  # PLANTED",
        "start(\"run_01h455vb4pex5vsknk084sn02q\", user)  # PLANTED",
    );
    assert_ne!(with_str, source);
    for (label, text, expected) in [
        ("user", &source, &["\"UserId\""][..]),
        // pyright names the literal's type: `Literal['run_…']`.
        ("str", &with_str, &["\"str\"", "Literal["][..]),
    ] {
        let dir = module_dir(&format!("services-check-{label}"));
        std::fs::write(dir.join("consumer.py"), text).unwrap();
        let mypy_args: Vec<OsString> = [
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.11",
            "--no-incremental",
            "consumer.py",
            "ids.py",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        let output = failing(&python, &mypy_args, &dir);
        assert_one_planted_error("mypy", &mypy_errors(&output), line, expected, &output);

        std::fs::write(
            dir.join("pyrightconfig.json"),
            "{\"typeCheckingMode\": \"strict\", \"pythonVersion\": \"3.11\"}\n",
        )
        .unwrap();
        let mut args = pyright.1.clone();
        args.extend(
            [
                "--outputjson",
                "--pythonpath",
                executable.trim(),
                "consumer.py",
                "ids.py",
            ]
            .iter()
            .map(OsString::from),
        );
        let output = failing(&pyright.0, &args, &dir);
        assert_one_planted_error("pyright", &pyright_errors(&output), line, expected, &output);
    }
}

#[test]
fn pydantic_and_fastapi_take_the_typed_ids() {
    let test = "pydantic_and_fastapi_take_the_typed_ids";
    let Some(python) = services_python(test) else {
        return;
    };
    let dir = module_dir("services-pydantic");
    let output = run_tool(
        &python,
        [
            harness("services/pydantic_fastapi.py"),
            dir.clone(),
            dir.join("ids.schema.json"),
        ],
        &dir,
    );
    assert_passed(&output, 60);
}

#[test]
fn sqlalchemy_stores_typed_ids_in_a_sqlite_file() {
    let test = "sqlalchemy_stores_typed_ids_in_a_sqlite_file";
    let Some(python) = services_python(test) else {
        return;
    };
    let dir = module_dir("services-sqlite");
    let url = format!("sqlite:///{}", dir.join("ids.db").display());
    let output = run_tool(
        &python,
        [
            harness("services/sqlalchemy_db.py").into_os_string(),
            dir.clone().into_os_string(),
            url.into(),
        ],
        &dir,
    );
    assert_passed(&output, 19);
}

/// The Python block of "Python services" in docs/exports.md.
fn docs_service() -> String {
    let page = std::fs::read_to_string(crate_dir().join("../docs/exports.md")).unwrap();
    let section = page
        .split_once("\n## Python services\n")
        .expect("docs/exports.md has a section \"Python services\"")
        .1;
    let block = section
        .split_once("```python\n")
        .expect("the section has a Python block")
        .1;
    block
        .split_once("```")
        .expect("the block ends")
        .0
        .to_owned()
}

#[test]
fn the_service_in_the_docs_runs_and_type_checks_strictly() {
    let test = "the_service_in_the_docs_runs_and_type_checks_strictly";
    let Some(python) = services_python(test) else {
        return;
    };
    let dir = module_dir("services-docs");
    std::fs::write(dir.join("app.py"), docs_service()).unwrap();
    // The block asserts what it shows: the round trip, the 422 with the parser's message, the OpenAPI schema.
    run_tool(&python, ["app.py"], &dir);
    assert!(
        dir.join("runs.db").is_file(),
        "the service stored its rows in runs.db"
    );
    run_tool(
        &python,
        [
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.11",
            "--no-incremental",
            "app.py",
            "ids.py",
        ],
        &dir,
    );
}
