//! `ids diff OLD NEW` and `ids diff --git REV`.

use std::path::Path;
use std::process::Command;

use crate::common::{assert_snapshot, available, ids, ids_in, skip, temp_dir};

const OLD: &str = "tests/fixtures/diff/old.toml";
const NEW: &str = "tests/fixtures/diff/new.toml";
const COMPATIBLE: &str = "tests/fixtures/diff/compatible.toml";

#[test]
fn every_kind_of_change_is_reported_and_breaking_ones_fail() {
    let run = ids(&["diff", OLD, NEW]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert_eq!(
        run.stderr,
        "error: 5 breaking changes: IDs that are already stored would stop parsing\n"
    );
    assert_snapshot("diff.txt", &run.transcript());
}

#[test]
fn the_json_report_names_each_change() {
    let run = ids(&["diff", "--json", OLD, NEW]);
    assert_eq!(run.code, 1);
    assert_snapshot("diff_json.txt", &run.transcript());
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["breaking"], true);
    let changes: Vec<(String, String, bool)> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            (
                change["kind"].as_str().unwrap().to_owned(),
                change["change"].as_str().unwrap().to_owned(),
                change["breaking"].as_bool().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("trace", "kind_removed", true),
        ("hop", "kind_removed", true),
        ("user", "prefix_changed", true),
        ("user", "alias_removed", true),
        ("user", "accept_uuid_disabled", true),
        ("user", "alias_added", false),
        ("customer", "prefix_changed", false),
        ("session", "uuid_version_changed", false),
        ("span", "alias_added", false),
        ("websocket", "deprecated", false),
        ("legacy", "undeprecated", false),
        ("run", "accept_uuid_enabled", false),
        ("run", "link_changed", false),
        ("run", "label_changed", false),
        ("connection", "kind_added", false),
    ];
    let expected: Vec<(String, String, bool)> = expected
        .iter()
        .map(|(kind, change, breaking)| ((*kind).to_owned(), (*change).to_owned(), *breaking))
        .collect();
    assert_eq!(changes, expected);
}

#[test]
fn compatible_changes_pass() {
    let run = ids(&["diff", OLD, COMPATIBLE]);
    assert_eq!(run.code, 0, "{run:#?}");
    assert_eq!(run.stderr, "");
    assert!(
        run.stdout.ends_with("no breaking changes, 6 changes\n"),
        "{run:#?}"
    );
    assert!(!run.stdout.contains("\n  breaking "), "{run:#?}");
}

#[test]
fn identical_manifests_have_no_changes() {
    let run = ids(&["diff", OLD, OLD]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, format!("{OLD} → {OLD}\nno changes\n"));
    let json = ids(&["diff", "--json", OLD, OLD]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["breaking"], false);
    assert_eq!(report["changes"], serde_json::json!([]));
}

#[test]
fn an_invalid_manifest_is_reported_not_compared() {
    let run = ids(&["diff", OLD, "tests/fixtures/bad/ids.toml"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .ends_with("error: tests/fixtures/bad/ids.toml has 3 errors\n")
    );
    let missing = ids(&["diff", "tests/fixtures/diff/nope.toml", NEW]);
    assert_eq!(missing.code, 1);
    assert!(
        missing
            .stderr
            .contains("cannot read tests/fixtures/diff/nope.toml")
    );
}

#[test]
fn manifest_is_only_for_git_mode() {
    let run = ids(&["diff", "--manifest", NEW, OLD, NEW]);
    assert_eq!(run.code, 2, "{run:#?}");
    assert!(
        run.stderr
            .contains("--manifest is for `ids diff --git REV`")
    );
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=ids tests",
            "-c",
            "user.email=ids@example.invalid",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// A repository whose HEAD has old.toml as `ids.toml`, and whose working tree has new.toml there.
fn repository(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "--quiet"]);
    let fixtures = crate::common::crate_dir().join("tests/fixtures/diff");
    std::fs::copy(fixtures.join("old.toml"), dir.join("ids.toml")).unwrap();
    git(&dir, &["add", "ids.toml"]);
    git(&dir, &["commit", "--quiet", "-m", "old"]);
    std::fs::copy(fixtures.join("new.toml"), dir.join("ids.toml")).unwrap();
    std::fs::create_dir_all(dir.join("src/deep")).unwrap();
    dir
}

#[test]
fn git_mode_compares_with_the_manifest_in_a_revision() {
    if !available("git") {
        return skip(
            "git_mode_compares_with_the_manifest_in_a_revision",
            "git is not on PATH",
            true,
        );
    }
    let dir = repository("git-diff");
    // From a subdirectory: the manifest is found upwards, and its path in the repository is `ids.toml`.
    let run = ids_in(&dir.join("src/deep"), &["diff", "--git", "HEAD"]);
    assert_eq!(run.code, 1, "{run:#?}");
    assert!(
        run.stdout.starts_with("HEAD:ids.toml → ../../ids.toml\n"),
        "{run:#?}"
    );
    let files = ids(&["diff", OLD, NEW]);
    let body = |text: &str| text.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(
        body(&run.stdout),
        body(&files.stdout),
        "the same report as for the files"
    );

    let json = ids_in(&dir, &["diff", "--git", "HEAD", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(report["old"], "HEAD:ids.toml");
    assert_eq!(report["new"], "ids.toml");

    // The working tree's manifest named explicitly, from outside the repository.
    let manifest = dir.join("ids.toml");
    let explicit = ids(&[
        "diff",
        "--git",
        "HEAD",
        "--manifest",
        manifest.to_str().unwrap(),
    ]);
    assert_eq!(explicit.code, 1, "{explicit:#?}");
    assert!(explicit.stdout.starts_with("HEAD:ids.toml → "));
}

#[test]
fn git_mode_reports_a_bad_revision_and_a_new_manifest() {
    if !available("git") {
        return skip(
            "git_mode_reports_a_bad_revision_and_a_new_manifest",
            "git is not on PATH",
            true,
        );
    }
    let dir = repository("git-new");
    let bad = ids_in(&dir, &["diff", "--git", "no-such-branch"]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr
            .starts_with("error: `no-such-branch` is not a git revision of the repository at "),
        "{bad:#?}"
    );
    let option = ids_in(&dir, &["diff", "--git=--output=x"]);
    assert_eq!(
        option.code, 1,
        "a revision is never taken as an option: {option:#?}"
    );
    assert!(!dir.join("x").exists());

    // A manifest that the revision does not have yet: every kind is new, nothing breaks.
    std::fs::create_dir_all(dir.join("service")).unwrap();
    std::fs::copy(dir.join("ids.toml"), dir.join("service/ids.toml")).unwrap();
    let new = ids_in(&dir.join("service"), &["diff", "--git", "HEAD"]);
    assert_eq!(new.code, 0, "{new:#?}");
    assert_eq!(
        new.stderr,
        "warning: HEAD:service/ids.toml does not exist: every kind is new\n"
    );
    assert!(
        new.stdout.ends_with("no breaking changes, 8 changes\n"),
        "{new:#?}"
    );
}

#[test]
fn git_mode_without_git_or_a_repository_is_an_error() {
    let dir = temp_dir("no-git");
    std::fs::copy(
        crate::common::crate_dir().join("tests/fixtures/good/ids.toml"),
        dir.join("ids.toml"),
    )
    .unwrap();
    std::fs::write(dir.join("Cargo.toml"), "[workspace]\n").unwrap();
    let mut command = crate::common::command(&["diff", "--git", "HEAD"]);
    command.current_dir(&dir).env("PATH", "");
    let no_git = crate::common::run(command, &["diff", "--git", "HEAD"], None);
    assert_eq!(no_git.code, 1);
    assert!(
        no_git.stderr.starts_with("error: cannot run git: "),
        "{no_git:#?}"
    );
    assert!(no_git.stderr.contains("help: "));

    if available("git") {
        let mut outside = crate::common::command(&["diff", "--git", "HEAD"]);
        // Stop git from finding a repository above the temporary directory.
        outside
            .current_dir(&dir)
            .env("GIT_CEILING_DIRECTORIES", dir.parent().unwrap());
        let run = crate::common::run(outside, &["diff", "--git", "HEAD"], None);
        assert_eq!(run.code, 1);
        assert!(run.stderr.contains("not a git repository"), "{run:#?}");
    }
}

#[test]
fn git_mode_names_the_revision_in_diagnostics_of_the_old_manifest() {
    if !available("git") {
        return skip(
            "git_mode_names_the_revision_in_diagnostics_of_the_old_manifest",
            "git is not on PATH",
            true,
        );
    }
    let dir = temp_dir("git-bad-old");
    git(&dir, &["init", "--quiet"]);
    let fixtures = crate::common::crate_dir().join("tests/fixtures");
    std::fs::copy(fixtures.join("bad/ids.toml"), dir.join("ids.toml")).unwrap();
    git(&dir, &["add", "ids.toml"]);
    git(&dir, &["commit", "--quiet", "-m", "broken"]);
    std::fs::copy(fixtures.join("good/ids.toml"), dir.join("ids.toml")).unwrap();
    let run = ids_in(&dir, &["diff", "--git", "HEAD"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .starts_with("HEAD:ids.toml:4:11: prefix `Run` is not valid"),
        "{run:#?}"
    );
    assert!(
        run.stderr.ends_with("error: HEAD:ids.toml has 3 errors\n"),
        "{run:#?}"
    );
}
