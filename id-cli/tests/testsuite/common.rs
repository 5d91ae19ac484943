//! Helpers shared by the integration tests: run `ids`, compare with checked-in snapshots, find tools.
//!
//! Snapshots live in `tests/snapshots/`; `IDS_BLESS=1 cargo test -p id-cli` rewrites the ones that differ.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The crate directory; tests run `ids` there so that paths in its output are short and stable.
pub fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/NAME`, relative to the crate directory (as the tests pass it to `ids`).
pub fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// The TypeID conformance vectors of the workspace.
pub fn vectors_dir() -> PathBuf {
    crate_dir().join("../tests/conformance/typeid")
}

/// A fresh, empty directory under cargo's target tmp dir.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("id-cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What a run of `ids` gave.
#[derive(Debug)]
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// The command line, for snapshots.
    pub command: String,
}

impl Run {
    /// Exit code, stdout and stderr in one text, for a snapshot.
    pub fn transcript(&self) -> String {
        format!(
            "$ {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
            self.command, self.code, self.stdout, self.stderr
        )
    }
}

/// A `Command` for `ids`, in the crate directory, with NO_COLOR unset (output is a pipe, so colors stay off).
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ids"));
    command
        .args(args)
        .current_dir(crate_dir())
        .env_remove("NO_COLOR");
    command
}

/// Runs `ids ARGS` in the crate directory.
pub fn ids(args: &[&str]) -> Run {
    run(command(args), args, None)
}

/// Runs `ids ARGS` in `dir`.
pub fn ids_in(dir: &Path, args: &[&str]) -> Run {
    let mut command = command(args);
    command.current_dir(dir);
    run(command, args, None)
}

/// Runs `ids ARGS` with `input` on stdin.
pub fn ids_with_stdin(args: &[&str], input: &[u8]) -> Run {
    run(command(args), args, Some(input))
}

/// Runs a prepared command; checks what every run must satisfy: no panic, no colors on a pipe.
pub fn run(mut command: Command, args: &[&str], input: Option<&[u8]>) -> Run {
    command
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the ids binary runs");
    if let Some(input) = input {
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input).unwrap();
    }
    let output: Output = child.wait_with_output().unwrap();
    let result = Run {
        code: output
            .status
            .code()
            .expect("ids exits normally, not by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        command: format!("ids {}", args.join(" ")),
    };
    assert!(
        !result.stderr.contains("panicked"),
        "ids panicked: {result:#?}"
    );
    assert!(
        !result.stdout.contains('\x1b') && !result.stderr.contains('\x1b'),
        "colors on a pipe: {result:#?}"
    );
    result
}

/// Compares `actual` with `tests/snapshots/NAME`; with `IDS_BLESS=1`, writes it instead.
pub fn assert_snapshot(name: &str, actual: &str) {
    let path = crate_dir().join("tests/snapshots").join(name);
    if std::env::var_os("IDS_BLESS").is_some_and(|value| !value.is_empty()) {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}; run `IDS_BLESS=1 cargo test -p id-cli` to write it, then review it",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(e, a)| e != a)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    panic!(
        "snapshot {name} differs at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
         --- actual output ---\n{actual}\n---\nIf the change is intended, run `IDS_BLESS=1 cargo test -p id-cli` \
         and review the diff of tests/snapshots/.",
        line + 1,
        expected.lines().nth(line),
        actual.lines().nth(line),
    );
}

/// Whether `program --version` runs.
pub fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Says loudly, past cargo's output capture, that a check did not run. Under CI (`CI` set), a missing `node` or
/// `python3` is a failure instead, since CI machines have both.
pub fn skip(test: &str, reason: &str, required_in_ci: bool) {
    if required_in_ci && std::env::var_os("CI").is_some() {
        panic!("{test}: {reason}, and CI must run this check");
    }
    // Writing to the stderr handle directly is not captured by the test harness, unlike eprintln!.
    let _ = writeln!(std::io::stderr(), "\n!!! SKIPPED {test}: {reason} !!!\n");
}

/// Runs an external program and returns its output; the test fails with its output when it fails.
pub fn run_tool<I, S>(program: &str, args: I, dir: &Path) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{program} failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        output.status
    );
    stdout
}
