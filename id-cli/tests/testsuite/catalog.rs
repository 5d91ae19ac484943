//! `ids export --format html`: the page's bytes (snapshot, the same on every run, nothing fetched from anywhere, the
//! JavaScript export's codec embedded as it is), and the page driven in headless Chromium by
//! `tests/harness/catalog.mjs`: the catalog lists every kind and filters by typing, the keyboard reaches every control,
//! and pasted IDs decode to the kind, UUID, times and link that Rust and `ids inspect` give, or show the Rust
//! parser's message.
//!
//! `IDS_SCREENSHOT=docs/catalog.png` also saves what the browser shows (the README's picture).

use std::path::Path;

use crate::common::{assert_snapshot, crate_dir, ids, ids_in, skip, temp_dir};
use crate::export::{harness, node};

/// The kinds of the fixture, for what Rust says about the same IDs (also used by `links`).
#[id_runtime::ids("../fixtures/good/ids.toml")]
pub(crate) mod good {}

const GOOD: &str = "tests/fixtures/good/ids.toml";
const RUN: &str = "run_01h455vb4pex5vsknk084sn02q";
const ALIAS: &str = "usr_01h455vb4pex5vsknk084sn02q";
const MALFORMED: &str = "run_01h455vb4pex5vsknk084sn0";
const SESSION: &str = "session_01h455vb4pex5vsknk084sn02q";
const UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

#[test]
fn the_page_matches_its_snapshot_and_is_the_same_on_every_run() {
    let first = ids(&["export", "--format", "html", "--manifest", GOOD]);
    assert_eq!(first.code, 0, "{first:#?}");
    assert_eq!(first.stderr, "");
    assert_snapshot("export.html", &first.stdout);
    let second = ids(&["export", "-f", "html", "--manifest", GOOD]);
    assert_eq!(second.stdout, first.stdout);
}

#[test]
fn the_page_is_self_contained_and_embeds_the_javascript_export() {
    let page = ids(&["export", "-f", "html", "--manifest", GOOD]).stdout;
    for outside in [
        " src=",
        "<link",
        "url(",
        "@import",
        "import(",
        "fetch(",
        "XMLHttpRequest",
    ] {
        assert!(
            !page.contains(outside),
            "the page reaches out with {outside:?}"
        );
    }
    // Every `href` is the one the script sets on links it makes from templates; none is written in the page.
    assert!(!page.contains("href="), "no link in the page's own markup");
    let module = ids(&["export", "-f", "javascript", "--manifest", GOOD]).stdout;
    assert!(
        page.contains(&module),
        "the JavaScript export is embedded unchanged, not a second codec"
    );
    assert_eq!(page.matches("<script").count(), 1);
}

/// node, chromium and chromedriver, or a loud skip (a failure under CI, whose `.ci/run` installs them).
fn browser(test: &str) -> bool {
    if !node(test) {
        return false;
    }
    let chromium = std::env::var("IDS_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    let driver =
        std::env::var("IDS_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".to_owned());
    for program in [&chromium, &driver] {
        if !Path::new(program).exists() {
            skip(
                test,
                &format!("{program} not found (Debian: apt-get install chromium chromium-driver)"),
                true,
            );
            return false;
        }
    }
    true
}

#[test]
fn the_page_works_in_a_real_browser() {
    let test = "the_page_works_in_a_real_browser";
    if !browser(test) {
        return;
    }
    // Exported from the fixture's directory, so that the page (and the README's screenshot) names `ids.toml`.
    let dir = temp_dir("catalog-browser");
    let page = dir.join("ids.html");
    let fixture = crate_dir().join("tests/fixtures/good");
    let run = ids_in(
        &fixture,
        &["export", "-f", "html", "-o", page.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{run:#?}");
    let paste =
        format!("{RUN}\n{ALIAS}\n  {MALFORMED}  \nsee {SESSION} in the log, not snake_case\n");
    let mut args = vec![
        harness("catalog.mjs").to_string_lossy().into_owned(),
        page.to_string_lossy().into_owned(),
    ];
    if let Some(shot) = std::env::var_os("IDS_SCREENSHOT") {
        args.push(
            crate_dir()
                .join("..")
                .join(shot)
                .to_string_lossy()
                .into_owned(),
        );
    }
    let output = std::process::Command::new("node")
        .args(&args)
        .env("IDS_PASTE", &paste)
        .current_dir(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the browser run failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();

    let every_kind = [
        "user",
        "session",
        "run",
        "transaction",
        "websocket",
        "connection",
    ];
    assert_eq!(report["title"], "ID kinds of ids.toml");
    assert_eq!(report["initial"]["shown"], serde_json::json!(every_kind));
    assert_eq!(report["initial"]["count"], "6 kinds");
    // "bill" is in the doc of `transaction` only; "7y" in a label of `user` only.
    assert_eq!(
        report["filtered"]["shown"],
        serde_json::json!(["transaction"])
    );
    assert_eq!(report["filtered"]["count"], "1 of 6 kinds");
    assert_eq!(report["byLabel"]["shown"], serde_json::json!(["user"]));
    assert_eq!(report["cleared"]["shown"], serde_json::json!(every_kind));
    assert_eq!(
        report["tabOrder"],
        serde_json::json!(["paste", "expect", "filter"])
    );
    for (control, labels) in report["labelled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| (&pair[0], &pair[1]))
    {
        assert!(
            !labels.as_array().unwrap().is_empty(),
            "{control} has no label"
        );
    }
    assert_eq!(
        report["live"],
        serde_json::json!(["summary", "filter-count"])
    );

    // What Rust says about the same IDs: the link, the creation time, and each parser's message.
    let user_id: good::AnyId = ALIAS.parse().unwrap();
    let malformed = good::AnyId::parse(MALFORMED).unwrap_err().to_string();
    let wrong_kind = good::RunId::parse(ALIAS).unwrap_err().to_string();
    let session_as_run = good::RunId::parse(SESSION).unwrap_err().to_string();
    let inspected = ids(&["inspect", "--json", "--manifest", GOOD, RUN]);
    let inspected: serde_json::Value = serde_json::from_str(&inspected.stdout).unwrap();
    let utc = inspected["created"].as_str().unwrap();
    let local = "2023-06-30 09:04:18.518 UTC+05:30"; // the harness runs Chromium in Asia/Kolkata
    let decoded = |input: &str, kind: &str, link: Option<String>| {
        serde_json::json!({ "state": "decoded", "input": input, "kind": kind, "uuid": UUID, "utc": utc,
            "local": local, "link": link, "error": null })
    };
    let rejected = |input: &str, error: &str| {
        serde_json::json!({ "state": "rejected", "input": input, "kind": null, "uuid": null, "utc": null,
            "local": null, "link": null, "error": error })
    };
    let run_link = RUN.parse::<good::RunId>().unwrap().link();
    assert_eq!(run_link.as_deref(), inspected["link"].as_str());
    let user_link = user_id.link();
    assert_eq!(
        report["anyKind"]["rows"],
        serde_json::json!([
            decoded(RUN, "run", run_link.clone()),
            decoded(
                ALIAS,
                "usercanonical: user_01h455vb4pex5vsknk084sn02q",
                user_link
            ),
            rejected(MALFORMED, &malformed),
            decoded(SESSION, "session", None),
        ])
    );
    assert_eq!(report["anyKind"]["summary"], "4 IDs: 3 decoded, 1 rejected");
    assert_eq!(
        report["asRun"]["rows"],
        serde_json::json!([
            decoded(RUN, "run", run_link),
            rejected(ALIAS, &wrong_kind),
            rejected(MALFORMED, &malformed),
            rejected(SESSION, &session_as_run),
        ])
    );
}
