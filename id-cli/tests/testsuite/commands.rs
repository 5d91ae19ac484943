//! `ids check`, `list`, `new`, `inspect` and the command line itself, run as a binary.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use crate::common::{assert_snapshot, crate_dir, ids, ids_in, ids_with_stdin, temp_dir};
use id_runtime::{DynamicId, Uuid};

const GOOD: &str = "tests/fixtures/good/ids.toml";
const BAD: &str = "tests/fixtures/bad/ids.toml";

#[test]
fn check_accepts_a_valid_manifest_with_a_one_line_summary() {
    let run = ids(&["check", "--manifest", GOOD]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, format!("{GOOD}: 6 kinds OK\n"));
    assert_eq!(run.stderr, "");
}

#[test]
fn check_reports_every_mistake_with_its_position_and_help() {
    let run = ids(&["check", "--manifest", BAD]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "", "diagnostics go to stderr");
    // The expected text is the reviewed snapshot, written out below the command it comes from.
    assert_snapshot("check_bad.txt", &run.transcript());
}

/// The macro's diagnostics for a manifest, as trybuild recorded them from a real compilation
/// (tests/ui/manifest/*.stderr): each `error: ` message up to the `-->` line, its continuation lines un-indented
/// by the width of `error: `.
fn macro_diagnostics(stderr: &str) -> Vec<String> {
    stderr
        .split("error: ")
        .filter(|block| !block.trim().is_empty())
        .map(|block| {
            let message = block.split("\n --> ").next().unwrap();
            message
                .lines()
                .enumerate()
                .map(|(i, line)| {
                    if i == 0 {
                        line
                    } else {
                        line.strip_prefix("       ").unwrap_or(line)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

#[test]
fn check_reports_every_mistake_exactly_as_the_macro_does() {
    // The manifest of a UI test, whose expected output trybuild compares with what the compiler printed.
    let ui = crate_dir().join("../tests/ui/manifest");
    let run = ids_in(&ui, &["check", "--manifest", "three-mistakes.toml"]);
    assert_eq!(run.code, 1, "{run:#?}");
    let recorded = std::fs::read_to_string(ui.join("three-mistakes.stderr")).unwrap();
    let expected = macro_diagnostics(&recorded);
    assert_eq!(expected.len(), 3, "{recorded}");
    assert_eq!(
        run.stderr,
        format!(
            "{}\n\nerror: three-mistakes.toml has 3 errors\n",
            expected.join("\n\n")
        )
    );
}

#[test]
fn check_finds_the_manifest_from_the_working_directory() {
    let dir = temp_dir("find");
    // Outside any Cargo package the search stops at the repository root: mark `dir` as one, so the test does not
    // depend on where the target directory is (inside this repository or not).
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::copy(crate::common::crate_dir().join(GOOD), dir.join("ids.toml")).unwrap();
    let nested = dir.join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    let run = ids_in(&nested, &["check"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, "../../ids.toml: 6 kinds OK\n");
    let here = ids_in(&dir, &["check"]);
    assert_eq!(here.stdout, "ids.toml: 6 kinds OK\n");
}

#[test]
fn check_stops_searching_at_the_workspace_root() {
    let dir = temp_dir("no-manifest");
    std::fs::write(dir.join("Cargo.toml"), "[workspace]\n").unwrap();
    let run = ids_in(&dir, &["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("error: no ids.toml found; searched:\n"),
        "{run:#?}"
    );
    assert!(
        run.stderr
            .contains(&dir.join("ids.toml").display().to_string())
    );
    assert_eq!(
        run.stderr.lines().count(),
        3,
        "one path, then help: {run:#?}"
    );
    assert!(run.stderr.contains("help: "), "{run:#?}");
}

#[test]
fn a_package_outside_any_workspace_ignores_an_unrelated_manifest_above_it() {
    // Outside this repository (whose Cargo.toml is a workspace), as a user's lone package is.
    let root = std::env::temp_dir().join(format!("id-cli-lone-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let package = root.join("home/app");
    std::fs::create_dir_all(package.join("src")).unwrap();
    std::fs::copy(crate::common::crate_dir().join(GOOD), root.join("ids.toml")).unwrap();
    std::fs::write(package.join("Cargo.toml"), "[package]\nname = \"app\"\n").unwrap();
    for dir in [&package, &package.join("src")] {
        let run = ids_in(dir, &["check"]);
        assert_eq!(run.code, 1, "{run:#?}");
        let searched: Vec<&str> = run
            .stderr
            .lines()
            .skip(1)
            .take_while(|line| !line.starts_with("help:"))
            .collect();
        assert_eq!(
            searched.last().map(|line| line.trim()),
            Some(&*package.join("ids.toml").to_string_lossy()),
            "the package is its own workspace root: {run:#?}"
        );
        assert!(
            searched
                .iter()
                .all(|line| line.trim().starts_with(&*package.to_string_lossy())),
            "nothing outside the package is searched: {run:#?}"
        );
    }
    // Inside a workspace (a [workspace] above the package), the same manifest is the workspace's and is found.
    std::fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"home/app\"]\n",
    )
    .unwrap();
    let run = ids_in(&package, &["check"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stdout, "../../ids.toml: 6 kinds OK\n");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn check_reports_a_missing_explicit_manifest() {
    let run = ids(&["check", "--manifest", "tests/fixtures/nope.toml"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .starts_with("tests/fixtures/nope.toml:1:1: cannot read tests/fixtures/nope.toml: "),
        "{run:#?}"
    );
}

#[test]
fn check_passes_on_the_workspace_manifest() {
    let run = ids(&["check", "--manifest", "../ids.toml"]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert!(run.stdout.ends_with(" kinds OK\n"), "{run:#?}");
}

#[test]
fn every_command_but_check_refuses_an_invalid_manifest() {
    for args in [
        vec!["list"],
        vec!["new", "run"],
        vec!["inspect", "run_01h455vb4pex5vsknk084sn02q"],
        vec!["export", "--format", "typescript"],
    ] {
        let mut args = args;
        args.extend(["--manifest", BAD]);
        let run = ids(&args);
        assert_eq!(run.code, 1, "{run:#?}");
        assert_eq!(run.stdout, "", "{run:#?}");
        assert!(
            run.stderr
                .ends_with("error: tests/fixtures/bad/ids.toml has 3 errors\n")
        );
    }
}

#[test]
fn list_prints_a_table() {
    let run = ids(&["list", "--manifest", GOOD]);
    assert_eq!(run.code, 0);
    assert_snapshot("list.txt", &run.transcript());
}

#[test]
fn list_json_has_every_field() {
    let run = ids(&["list", "--json", "--manifest", GOOD]);
    assert_eq!(run.code, 0);
    assert_snapshot("list_json.txt", &run.transcript());
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let kinds = json["kinds"].as_array().unwrap();
    assert_eq!(kinds.len(), 6);
    let user = &kinds[0];
    assert_eq!(user["name"], "user");
    assert_eq!(user["aliases"], serde_json::json!(["usr", "account"]));
    assert_eq!(user["accept_uuid"], true);
    assert_eq!(user["pii"], true);
    assert_eq!(user["owner"], "identity");
    assert_eq!(kinds[1]["uuid_version"], "v4");
    assert_eq!(kinds[1]["owner"], "platform", "[defaults] applies");
    assert_eq!(kinds[4]["deprecated"], "use connection instead");
    assert_eq!(kinds[3]["rust_type"], "TransactionId");
}

#[test]
fn new_prints_ids_of_the_kind_by_name_or_prefix() {
    let run = ids(&["new", "run", "-n", "5", "--manifest", GOOD]);
    assert_eq!(run.code, 0, "{run:#?}");
    let made: Vec<DynamicId> = run
        .stdout
        .lines()
        .map(|line| DynamicId::parse(line).unwrap())
        .collect();
    assert_eq!(made.len(), 5);
    assert!(made.iter().all(|id| id.prefix() == "run"));
    assert!(made.iter().all(|id| id.uuid().get_version_num() == 7));
    assert!(
        made.windows(2).all(|pair| pair[0] < pair[1]),
        "v7 IDs increase"
    );

    let txn = ids(&["new", "txn", "--manifest", GOOD]);
    assert!(txn.stdout.starts_with("txn_") && txn.stdout.lines().count() == 1);
    let by_name = ids(&["new", "transaction", "--manifest", GOOD]);
    assert!(by_name.stdout.starts_with("txn_"));

    let session = ids(&["new", "session", "--count", "2", "--manifest", GOOD]);
    for line in session.stdout.lines() {
        assert_eq!(DynamicId::parse(line).unwrap().uuid().get_version_num(), 4);
    }
    assert_eq!(
        ids(&["new", "run", "-n", "0", "--manifest", GOOD]).stdout,
        ""
    );
}

#[test]
fn new_warns_about_a_deprecated_kind_and_suggests_a_close_name() {
    let ws = ids(&["new", "websocket", "--manifest", GOOD]);
    assert_eq!(ws.code, 0);
    assert!(ws.stdout.starts_with("ws_"));
    assert_eq!(
        ws.stderr,
        "warning: kind `websocket` is deprecated: use connection instead\n"
    );

    let typo = ids(&["new", "rn", "--manifest", GOOD]);
    assert_eq!(typo.code, 1);
    assert_eq!(typo.stdout, "");
    assert_eq!(
        typo.stderr,
        "error: unknown ID type `rn`; did you mean `run`?\n"
    );
}

#[test]
fn new_stops_quietly_when_the_reader_goes_away() {
    let mut child = crate::common::command(&["new", "run", "-n", "1000000", "--manifest", GOOD])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("run_"));
    // The reader is dropped here, as `head -1` exits.
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(stderr, "", "no panic, no error for a closed pipe");
    assert_eq!(status.code(), Some(0));
}

/// IDs with fixed UUIDs, so that the output (creation times included) is stable.
const INSPECTED: &[&str] = &[
    "run_01h455vb4pex5vsknk084sn02q",
    "usr_01h455vb4pex5vsknk084sn02q",
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "ws_01h455vb4pex5vsknk084sn02q",
    "session_0fhypnqpeb8tft2sbggsvjh58e",
    "rn_01h455vb4pex5vsknk084sn02q",
    "run_01h455vb4pex5vsknk084sn0",
    "RUN_01h455vb4pex5vsknk084sn02q",
    "run_8zzzzzzzzzzzzzzzzzzzzzzzzz",
    "run_01h455vb4pex5vsknk084sn0uq",
];

#[test]
fn inspect_explains_valid_ids_and_names_the_error_of_invalid_ones() {
    let mut args = vec!["inspect", "--manifest", GOOD];
    args.extend(INSPECTED);
    let run = ids(&args);
    assert_eq!(run.code, 1, "some were invalid");
    assert_snapshot("inspect.txt", &run.transcript());
    assert!(
        run.stdout
            .contains("  created:    2023-06-30T03:34:18.518Z\n")
    );
    assert!(run.stderr.contains(
        "error: \"rn_01h455vb4pex5vsknk084sn02q\": unknown ID prefix `rn`; did you mean `run`?\n"
    ));
}

#[test]
fn inspect_exits_zero_when_every_id_is_valid() {
    let run = ids(&[
        "inspect",
        "--manifest",
        GOOD,
        "txn_01h455vb4pex5vsknk084sn02q",
        "account_01h455vb4pex5vsknk084sn02q",
    ]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stderr, "");
    assert!(
        run.stdout
            .contains("  canonical:  user_01h455vb4pex5vsknk084sn02q\n")
    );
    assert!(run.stdout.contains("written with the old prefix `account`"));
}

#[test]
fn inspect_json_prints_one_object_per_id() {
    let mut args = vec!["inspect", "--json", "--manifest", GOOD];
    args.extend(INSPECTED);
    let run = ids(&args);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "", "--json reports invalid IDs on stdout");
    assert_snapshot("inspect_json.txt", &run.transcript());
    let records: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(records.len(), INSPECTED.len());
    assert_eq!(records[1]["kind"], "user");
    assert_eq!(records[1]["written_as"], "alias");
    assert_eq!(records[1]["canonical"], "user_01h455vb4pex5vsknk084sn02q");
    assert_eq!(records[2]["written_as"], "bare_uuid");
    assert_eq!(
        records[2]["created"],
        serde_json::Value::Null,
        "v4 has no time"
    );
    assert_eq!(records[5]["valid"], false);
}

#[test]
fn inspect_reads_stdin_line_by_line() {
    let input = b"run_01h455vb4pex5vsknk084sn02q\r\n\n   usr_01h455vb4pex5vsknk084sn02q  \n";
    let run = ids_with_stdin(&["inspect", "--manifest", GOOD], input);
    assert_eq!(run.code, 0, "{run:#?}");
    let headings: Vec<&str> = run
        .stdout
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.is_empty())
        .collect();
    assert_eq!(
        headings,
        [
            "run_01h455vb4pex5vsknk084sn02q",
            "usr_01h455vb4pex5vsknk084sn02q"
        ]
    );
}

#[test]
fn inspect_survives_hostile_input() {
    let mut input = Vec::new();
    input.extend_from_slice(&[b'r', b'u', b'n', b'_', 0xff, 0xfe, b'\n']);
    input.extend_from_slice("x".repeat(100_000).as_bytes());
    input.push(b'\n');
    input.extend_from_slice("\u{0}\u{1b}[31m_01h455vb4pex5vsknk084sn02q\n".as_bytes());
    input.extend_from_slice(format!("{}_01h455vb4pex5vsknk084sn02q\n", "a".repeat(70)).as_bytes());
    input.extend_from_slice("_\n".as_bytes());
    let run = ids_with_stdin(&["inspect", "--manifest", GOOD], &input);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr.lines().count(), 5, "{}", run.stderr);
    assert!(
        run.stderr.lines().all(|line| line.starts_with("error: \"")),
        "{}",
        run.stderr
    );
}

#[test]
fn inspect_takes_a_bare_uuid_only_when_exactly_one_kind_accepts_them() {
    let uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    let dir = temp_dir("bare-uuid");
    let cases = [
        (
            "one.toml",
            "[types.user]\naccept_uuid = true\n[types.run]\n",
            0,
            "",
        ),
        (
            "none.toml",
            "[types.user]\n[types.run]\n",
            1,
            "error: \"0f8fad5b-d9cb-469f-a165-70867728950e\": a bare UUID has no prefix, so its ID type is unknown; \
             no kind in the manifest sets `accept_uuid = true`\n",
        ),
        (
            "two.toml",
            "[defaults]\naccept_uuid = true\n[types.user]\n[types.run]\n",
            1,
            "error: \"0f8fad5b-d9cb-469f-a165-70867728950e\": a bare UUID has no prefix, so its ID type is unknown; \
             parse it with the typed parser of a kind that accepts bare UUIDs: `user`, `run`\n",
        ),
    ];
    for (file, manifest, code, stderr) in cases {
        let path = dir.join(file);
        std::fs::write(&path, manifest).unwrap();
        let run = ids(&["inspect", "--manifest", path.to_str().unwrap(), uuid]);
        assert_eq!(run.code, code, "{file}: {run:#?}");
        assert_eq!(run.stderr, stderr, "{file}");
    }
}

#[test]
fn inspect_agrees_with_the_runtime_on_the_uuid_and_the_time() {
    let uuid = Uuid::now_v7();
    let id = DynamicId::new("run", uuid).unwrap().to_string();
    let run = ids(&["inspect", "--json", "--manifest", GOOD, &id]);
    let record: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(record["uuid"], uuid.to_string());
    let (seconds, nanos) = uuid.get_timestamp().unwrap().to_unix();
    let expected = id_runtime::Rfc3339 {
        seconds,
        millis: nanos / 1_000_000,
    };
    assert_eq!(record["created"], expected.to_string());
}

#[test]
fn usage_errors_exit_with_2_and_help_shows_examples() {
    for args in [
        vec![],
        vec!["bogus"],
        vec!["new"],
        vec!["new", "run", "-n", "many"],
        vec!["export"],
        vec!["export", "--format", "cobol"],
        vec!["diff", "only-one.toml"],
        vec!["diff", "a.toml", "b.toml", "--git", "HEAD"],
    ] {
        let run = ids(&args);
        assert_eq!(run.code, 2, "{run:#?}");
        assert_eq!(run.stdout, "", "{run:#?}");
    }
    let help = ids(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("Examples:"));
    for command in ["check", "list", "new", "inspect", "diff", "export"] {
        let run = ids(&[command, "--help"]);
        assert_eq!(run.code, 0, "{run:#?}");
        assert!(run.stdout.contains("Examples:"), "{command}: {run:#?}");
    }
    assert_snapshot("help.txt", &help.transcript());
}

/// Colors appear on a terminal, and not with NO_COLOR. util-linux `script` gives the command a pseudo-terminal.
#[cfg(target_os = "linux")]
#[test]
fn colors_on_a_terminal_unless_no_color() {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    if !has_script {
        return crate::common::skip(
            "colors_on_a_terminal_unless_no_color",
            "util-linux `script` is not on PATH",
            false,
        );
    }
    let on_terminal = |no_color: Option<&str>| {
        let shell = format!("{} check --manifest {BAD}", env!("CARGO_BIN_EXE_ids"));
        let mut command = std::process::Command::new("script");
        command
            .args(["-qec", &shell, "/dev/null"])
            .stdin(Stdio::null())
            .current_dir(crate::common::crate_dir())
            .env_remove("NO_COLOR");
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        let output = command.output().unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let colored = on_terminal(None);
    assert!(colored.contains("\x1b[1;31merror\x1b[0m"), "{colored:?}");
    assert!(colored.contains("\x1b[1;36mhelp\x1b[0m"), "{colored:?}");
    let plain = on_terminal(Some("1"));
    assert!(
        plain.contains("error: tests/fixtures/bad/ids.toml has 3 errors"),
        "{plain:?}"
    );
    assert!(!plain.contains('\x1b'), "{plain:?}");
}
