//! The validated model: file order, Rust names, defaults, and what `partial` keeps.

use id_manifest::{Location, UuidVersion, parse};

#[test]
fn root_manifest_has_twelve_kinds_in_file_order() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ids.toml");
    let manifest = id_manifest::load(std::path::Path::new(path), "ids.toml").unwrap();
    let keys: Vec<_> = manifest
        .kinds
        .iter()
        .map(|kind| kind.key.as_str())
        .collect();
    assert_eq!(
        keys,
        [
            "user",
            "session",
            "request",
            "agent",
            "tool",
            "transaction",
            "websocket",
            "execution",
            "trace",
            "metric",
            "thread",
            "run"
        ]
    );
    let prefix = |key: &str| manifest.kind(key).map(|kind| kind.prefix.as_str());
    assert_eq!(prefix("transaction"), Some("txn"));
    assert_eq!(prefix("websocket"), Some("ws"));
    assert_eq!(prefix("execution"), Some("exec"));
    assert_eq!(prefix("run"), Some("run"));
    assert_eq!(
        manifest.kind("websocket").unwrap().names.type_name,
        "WebsocketId"
    );
}

#[test]
fn kinds_keep_file_order_not_alphabetical() {
    let manifest = parse("[types.zebra]\n[types.apple]\n[types.mango]\n", "ids.toml").unwrap();
    let keys: Vec<_> = manifest
        .kinds
        .iter()
        .map(|kind| kind.key.as_str())
        .collect();
    assert_eq!(keys, ["zebra", "apple", "mango"]);
}

#[test]
fn rust_names_and_locations() {
    let manifest = parse(
        "[types.run_step]\n\n[types.v2_run]\nprefix = \"vtwo_run\"\n[types.type]\n",
        "ids.toml",
    )
    .unwrap();
    let names: Vec<_> = manifest
        .kinds
        .iter()
        .map(|kind| {
            let names = &kind.names;
            (
                names.variant.as_str(),
                names.type_name.as_str(),
                names.field.as_str(),
                names.field_is_keyword,
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("RunStep", "RunStepId", "run_step", false),
            ("V2Run", "V2RunId", "v2_run", false),
            ("Type", "TypeId", "type", true),
        ]
    );
    assert_eq!(
        manifest.kinds[1].declared_at,
        Location {
            file: "ids.toml".to_owned(),
            line: 3,
            column: 8
        }
    );
}

#[test]
fn every_field_is_read() {
    let source = r#"
[types.run]
prefix = "rn"
doc = "One run."
aliases = ["r", "old_run"]
accept_uuid = true
uuid = "v4"
deprecated = "use step instead"
description = "Longer text."
owner = "team-runs"
pii = true
"#;
    let manifest = parse(source, "ids.toml").unwrap();
    let kind = &manifest.kinds[0];
    assert_eq!(kind.prefix, "rn");
    assert_eq!(kind.doc.as_deref(), Some("One run."));
    assert_eq!(kind.aliases, ["r", "old_run"]);
    assert_eq!(
        kind.all_prefixes().collect::<Vec<_>>(),
        ["rn", "r", "old_run"]
    );
    assert!(kind.accept_uuid);
    assert_eq!(kind.uuid_version, UuidVersion::V4);
    assert_eq!(kind.deprecated.as_deref(), Some("use step instead"));
    assert_eq!(kind.description.as_deref(), Some("Longer text."));
    assert_eq!(kind.owner.as_deref(), Some("team-runs"));
    assert!(kind.pii);
}

#[test]
fn builtin_defaults() {
    let manifest = parse("[types.run]\ndoc = \"  \"\n", "ids.toml").unwrap();
    let kind = &manifest.kinds[0];
    assert_eq!(kind.prefix, "run");
    assert_eq!(kind.doc, None, "a blank doc counts as none");
    assert!(kind.aliases.is_empty());
    assert!(!kind.accept_uuid && !kind.pii);
    assert_eq!(kind.uuid_version, UuidVersion::V7);
    assert_eq!(
        (kind.deprecated.as_ref(), kind.owner.as_ref()),
        (None, None)
    );
}

#[test]
fn defaults_apply_unless_a_kind_sets_the_key() {
    let source = r#"
[types.run]

[defaults]
uuid = "v4"
accept_uuid = true
pii = true
owner = "platform"

[types.user]
uuid = "v7"
accept_uuid = false
pii = false
owner = "identity"
"#;
    let manifest = parse(source, "ids.toml").unwrap();
    let run = manifest.kind("run").unwrap();
    assert_eq!(
        (
            run.uuid_version,
            run.accept_uuid,
            run.pii,
            run.owner.as_deref()
        ),
        (UuidVersion::V4, true, true, Some("platform"))
    );
    let user = manifest.kind("user").unwrap();
    assert_eq!(
        (
            user.uuid_version,
            user.accept_uuid,
            user.pii,
            user.owner.as_deref()
        ),
        (UuidVersion::V7, false, false, Some("identity"))
    );
}

#[test]
fn inline_tables_work_too() {
    let manifest = parse(
        "types = { run = { prefix = \"r\" }, step = {} }\n",
        "ids.toml",
    )
    .unwrap();
    let keys: Vec<_> = manifest
        .kinds
        .iter()
        .map(|kind| (kind.key.as_str(), kind.prefix.as_str()))
        .collect();
    assert_eq!(keys, [("run", "r"), ("step", "step")]);
    assert_eq!(manifest.kinds[0].declared_at.column, 11);
}

#[test]
fn partial_keeps_the_kinds_that_can_be_built() {
    let source = r#"
[types.user]

[types.Bad]

[types.run]
prefix = "Run"

[types.session]
uuid = "v9"
aliases = ["sess", "Sess", "user"]

[types.person]
prefix = "user"

[types.run_id]
[types.run__id]
prefix = "rid"
"#;
    let failure = parse(source, "ids.toml").unwrap_err();
    assert_eq!(failure.diagnostics.len(), 7, "{failure}");
    let kept: Vec<_> = failure
        .partial
        .kinds
        .iter()
        .map(|kind| (kind.key.as_str(), kind.aliases.clone()))
        .collect();
    // `Bad` has no Rust names, `run` no valid prefix, `person` and `run__id` repeat earlier kinds; `session`
    // keeps its valid, unclaimed alias and the default UUID version.
    assert_eq!(
        kept,
        [
            ("user", vec![]),
            ("session", vec!["sess".to_owned()]),
            ("run_id", vec![])
        ]
    );
    assert_eq!(
        failure.partial.kind("session").unwrap().uuid_version,
        UuidVersion::V7
    );
    assert_eq!(failure.partial.file, "ids.toml");
}

#[test]
fn syntax_error_leaves_partial_empty() {
    let failure = parse("[types.run\n", "ids.toml").unwrap_err();
    assert_eq!(failure.diagnostics.len(), 1);
    assert!(failure.partial.kinds.is_empty());
}
