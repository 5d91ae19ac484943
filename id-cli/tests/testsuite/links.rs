//! One link per ID: the manifest's template filled in by Rust (`AnyId::link`, `RunId::link`, `IdInfo`), by
//! `ids inspect`, by the JavaScript and Python exports and by PostgreSQL is the same URL, for the canonical form,
//! for an alias, and nothing for a kind without a link.

use crate::common::{ids, run_tool, temp_dir};
use crate::export::{export, node, python};

const GOOD: &str = "tests/fixtures/good/ids.toml";

/// (input, its link), written out rather than computed by the code under test.
const CASES: [(&str, Option<&str>); 4] = [
    (
        "user_01h455vb4pex5vsknk084sn02q",
        Some("https://admin.example.com/users/user_01h455vb4pex5vsknk084sn02q"),
    ),
    // An alias links to the canonical ID.
    (
        "usr_01h455vb4pex5vsknk084sn02q",
        Some("https://admin.example.com/users/user_01h455vb4pex5vsknk084sn02q"),
    ),
    (
        "run_01h455vb4pex5vsknk084sn02q",
        Some(
            "https://ci.example.com/runs/01890a5d-ac96-774b-bcce-b302099a8057?id=run_01h455vb4pex5vsknk084sn02q",
        ),
    ),
    ("session_01h455vb4pex5vsknk084sn02q", None),
];

use crate::catalog::good;

#[test]
fn rust_fills_in_the_same_link() {
    for (input, link) in CASES {
        let id: good::AnyId = input.parse().unwrap();
        assert_eq!(id.link().as_deref(), link, "{input}");
    }
    let run: good::RunId = CASES[2].0.parse().unwrap();
    assert_eq!(run.link().as_deref(), CASES[2].1);
    let user = good::IdType::User.info();
    assert_eq!(user.link, Some("https://admin.example.com/users/{id}"));
    assert_eq!(user.labels, [("retention", "7y"), ("on call", "#identity")]);
    assert_eq!(
        (
            good::IdType::Session.info().link,
            good::IdType::Session.info().labels
        ),
        (None, &[][..])
    );
}

/// One line per case: the link, or `null`.
fn expected_lines() -> String {
    CASES
        .iter()
        .map(|(_, link)| format!("{}\n", link.unwrap_or("null")))
        .collect()
}

fn inputs() -> String {
    let inputs: Vec<String> = CASES
        .iter()
        .map(|(input, _)| format!("\"{input}\""))
        .collect();
    inputs.join(", ")
}

#[test]
fn inspect_prints_the_filled_in_link_and_the_labels() {
    let run = ids(&["inspect", "--manifest", GOOD, CASES[1].0, CASES[3].0]);
    assert_eq!(run.code, 0, "{run:#?}");
    let blocks: Vec<&str> = run.stdout.split("\n\n").collect();
    assert!(
        blocks[0].contains(&format!(
            "\n  link:       {}\n",
            CASES[1].1.unwrap_or_default()
        )) && blocks[0].contains("\n  labels:     retention = \"7y\", on call = \"#identity\"\n"),
        "{run:#?}"
    );
    assert!(
        !blocks[1].contains("link:") && !blocks[1].contains("labels:"),
        "a kind without them shows neither: {run:#?}"
    );

    let args: Vec<&str> = ["inspect", "--json", "--manifest", GOOD]
        .into_iter()
        .chain(CASES.iter().map(|(input, _)| *input))
        .collect();
    let json = ids(&args);
    assert_eq!(json.code, 0, "{json:#?}");
    let links: Vec<serde_json::Value> = json
        .stdout
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["link"].clone())
        .collect();
    let expected: Vec<serde_json::Value> = CASES
        .iter()
        .map(|(_, link)| link.map_or(serde_json::Value::Null, Into::into))
        .collect();
    assert_eq!(links, expected);
    let first: serde_json::Value =
        serde_json::from_str(json.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(
        first["labels"],
        serde_json::json!({ "retention": "7y", "on call": "#identity" })
    );
}

#[test]
fn javascript_fills_in_the_same_link() {
    if !node("javascript_fills_in_the_same_link") {
        return;
    }
    let dir = temp_dir("links-js");
    export("javascript", GOOD, &dir, "ids.mjs");
    let script = format!(
        "import(\"./ids.mjs\").then((m) => {{ for (const input of [{}]) console.log(m.idLink(input) ?? \"null\"); \
         console.log(JSON.stringify(m.ID_INFO.user.labels), m.ID_INFO.run.link); }})",
        inputs()
    );
    let out = run_tool("node", ["--input-type=module", "-e", script.as_str()], &dir);
    assert_eq!(
        out,
        format!(
            "{}{{\"retention\":\"7y\",\"on call\":\"#identity\"}} https://ci.example.com/{{key}}s/{{uuid}}?id={{id}}\n",
            expected_lines()
        )
    );
}

#[test]
fn python_fills_in_the_same_link() {
    if !python("python_fills_in_the_same_link") {
        return;
    }
    let dir = temp_dir("links-py");
    export("python", GOOD, &dir, "ids.py");
    let script = format!(
        "import ids\nfor text in [{}]:\n    print(ids.id_link(text) or 'null')\n\
         print(ids.parse_any_id('usr_01h455vb4pex5vsknk084sn02q').link)\n\
         print(dict(ids.IdType.USER.info.labels), ids.IdType.SESSION.info.link)\n",
        inputs()
    );
    let out = run_tool("python3", ["-c", script.as_str()], &dir);
    assert_eq!(
        out,
        format!(
            "{}{}\n{{'retention': '7y', 'on call': '#identity'}} None\n",
            expected_lines(),
            CASES[1].1.unwrap_or_default()
        )
    );
}

#[test]
fn postgresql_fills_in_the_same_link() {
    let Some(db) = crate::postgres::psql::Db::connect("postgresql_fills_in_the_same_link") else {
        return;
    };
    let schema = crate::postgres::loaded(&db, "links", GOOD);
    for (input, link) in CASES {
        let rows = db.rows(&format!(
            "SELECT {}.id_link({})",
            schema.sql,
            crate::postgres::psql::literal(input)
        ));
        assert_eq!(rows, [[link.map(str::to_owned)]], "{input}");
    }
    let rows = db.rows(&format!(
        "SELECT link, labels::text FROM {}.kinds WHERE name = 'user'",
        schema.sql
    ));
    assert_eq!(
        rows,
        [[
            Some("https://admin.example.com/users/{id}".to_owned()),
            Some("{\"on call\": \"#identity\", \"retention\": \"7y\"}".to_owned())
        ]]
    );
}
