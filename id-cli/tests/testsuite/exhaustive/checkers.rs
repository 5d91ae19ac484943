//! The type checkers of the job-added tests: finding tsc, mypy and pyright (required under CI), running them, and
//! reading the errors they report.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

use crate::common::{crate_dir, skip};
use crate::export::tsc;

/// One error a checker reported, with its continuation lines.
#[derive(Debug)]
pub(crate) struct Reported {
    pub(crate) file: String,
    pub(crate) line: usize,
    pub(crate) message: String,
}

/// Runs a checker that is expected to fail; returns its stdout and stderr.
pub(super) fn run_failing(program: &str, args: &[OsString], dir: &Path) -> String {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !output.status.success(),
        "{program} accepted the fixtures although `job` was added to the manifest:\n{text}"
    );
    text
}

/// `file(line,col): error TS…: message`, then indented continuation lines (tsc --pretty false).
pub(super) fn tsc_errors(output: &str) -> Vec<Reported> {
    let mut errors: Vec<Reported> = Vec::new();
    for text in output.lines().filter(|text| !text.trim().is_empty()) {
        if text.starts_with(' ')
            && let Some(last) = errors.last_mut()
        {
            last.message.push('\n');
            last.message.push_str(text);
            continue;
        }
        let parsed = text.split_once('(').and_then(|(file, rest)| {
            let (line, _) = rest.split_once(',')?;
            Some((file.to_owned(), line.parse().ok()?))
        });
        let (file, line) = parsed.unwrap_or_else(|| (String::new(), 0));
        errors.push(Reported {
            file,
            line,
            message: text.to_owned(),
        });
    }
    errors
}

/// `file:line: error: message  [code]`; notes and the summary are not errors.
pub(crate) fn mypy_errors(output: &str) -> Vec<Reported> {
    output
        .lines()
        .filter(|text| text.contains(": error: "))
        .map(|text| {
            let mut parts = text.splitn(3, ':');
            let file = parts.next().unwrap_or("").to_owned();
            let line = parts.next().and_then(|line| line.parse().ok()).unwrap_or(0);
            Reported {
                file,
                line,
                message: text.to_owned(),
            }
        })
        .collect()
}

/// pyright --outputjson: `generalDiagnostics`, lines counted from 0.
pub(crate) fn pyright_errors(output: &str) -> Vec<Reported> {
    let json: serde_json::Value = serde_json::from_str(output).unwrap_or_else(|error| {
        panic!("pyright --outputjson printed no JSON ({error}):\n{output}")
    });
    json["generalDiagnostics"]
        .as_array()
        .expect("generalDiagnostics")
        .iter()
        .filter(|diagnostic| diagnostic["severity"] == "error")
        .map(|diagnostic| Reported {
            file: diagnostic["file"].as_str().unwrap_or("").to_owned(),
            line: diagnostic["range"]["start"]["line"].as_u64().unwrap_or(0) as usize + 1,
            message: diagnostic["message"].as_str().unwrap_or("").to_owned(),
        })
        .collect()
}

/// Under CI, a checker the tests need must be there; `export::tsc` only skips.
fn required(test: &str, tool: &str, found: bool) -> bool {
    if !found && std::env::var_os("CI").is_some() {
        panic!("{test}: {tool} not found, and CI must run this check (.ci/run installs it)");
    }
    found
}

/// A program and its leading arguments.
pub(crate) type Tool = (String, Vec<OsString>);

/// A tool named by an environment variable (relative to the workspace root, like IDS_TSC), else `fallback`.
fn from_env(variable: &str, fallback: Tool, test: &str, install: &str) -> Option<Tool> {
    if let Some(path) = std::env::var_os(variable) {
        let path = crate_dir().join("..").join(path);
        return Some((path.to_string_lossy().into_owned(), Vec::new()));
    }
    let (program, args) = &fallback;
    let runs = Command::new(program)
        .args(args)
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    if runs {
        return Some(fallback);
    }
    skip(
        test,
        &format!("{variable} is not set and `{program} --version` does not run; {install}"),
        true,
    );
    None
}

/// mypy: `$IDS_MYPY`, else `python3 -m mypy`.
pub(super) fn mypy(test: &str) -> Option<Tool> {
    let fallback = ("python3".to_owned(), vec!["-m".into(), "mypy".into()]);
    from_env(
        "IDS_MYPY",
        fallback,
        test,
        "`python3 -m pip install mypy==2.4.1` installs it",
    )
}

/// pyright: `$IDS_PYRIGHT`, else `pyright` on PATH.
pub(crate) fn pyright(test: &str) -> Option<Tool> {
    from_env(
        "IDS_PYRIGHT",
        ("pyright".to_owned(), Vec::new()),
        test,
        "`npm install --prefix target/typescript pyright@1.1.414` installs it",
    )
}

/// tsc as the export tests find it, but required under CI.
pub(super) fn tsc_required(test: &str) -> Option<String> {
    let found = tsc(test);
    required(test, "tsc", found.is_some());
    found
}

/// The tool's leading arguments, then `more`.
pub(super) fn args(tool: &Tool, more: &[&str]) -> Vec<OsString> {
    let mut args = tool.1.clone();
    args.extend(more.iter().map(OsString::from));
    args
}

/// `mypy --strict` on the fixture and the module it imports.
pub(super) fn mypy_args(tool: &Tool) -> Vec<OsString> {
    args(
        tool,
        &[
            "--strict",
            "--python-version",
            "3.11",
            "handles_every_kind.py",
            "ids.py",
        ],
    )
}

/// Strict when `strict`; the job-added run uses pyright's standard mode, because strict mode adds a second error
/// at two of the sites ("Return type is unknown") that follows from the first and does not name the kind.
pub(super) fn pyright_args(tool: &Tool, dir: &Path, strict: bool) -> Vec<OsString> {
    let mode = if strict { "strict" } else { "standard" };
    std::fs::write(
        dir.join("pyrightconfig.json"),
        format!("{{\"typeCheckingMode\": \"{mode}\", \"pythonVersion\": \"3.11\"}}\n"),
    )
    .unwrap();
    args(tool, &["--outputjson", "handles_every_kind.py", "ids.py"])
}
