//! One test per manifest rule, asserting the exact headline (`ids.toml:L:C: message` + `help:`) users see.

fn headlines(source: &str) -> Vec<String> {
    match id_manifest::parse(source, "ids.toml") {
        Ok(manifest) => panic!("expected errors, got {manifest:?}"),
        Err(failure) => failure.diagnostics.iter().map(|d| d.headline()).collect(),
    }
}

fn one(source: &str) -> String {
    let mut all = headlines(source);
    assert_eq!(all.len(), 1, "expected one diagnostic, got {all:#?}");
    all.remove(0)
}

const NO_KINDS_HELP: &str =
    "help: declare each kind as a table, e.g.\n[types.user]\ndoc = \"A person who signs in.\"";

#[test]
fn syntax_error_stops_early() {
    assert_eq!(
        one("[types.run]\nprefix = \n[types.x]\nprefx = 1\n"),
        "ids.toml:2:10: string values must be quoted, expected literal string"
    );
}

/// Only a duplicate key is named by the text of the parser's span; any other syntax error keeps its own words, even
/// where the span covers text (here `run`).
#[test]
fn a_syntax_error_over_a_value_keeps_its_message() {
    assert_eq!(
        one("[types.run]\nprefix = run\n"),
        "ids.toml:2:10: string values must be quoted, expected literal string"
    );
}

/// Messages name a kind's table as it is written: bare when TOML allows it (`_` and `-` included), quoted otherwise.
#[test]
fn table_names_are_quoted_only_where_toml_needs_it() {
    assert_eq!(
        one("[types.run_step]\nprefx = 1\n"),
        "ids.toml:2:1: unknown key `prefx` in [types.run_step]\nhelp: did you mean `prefix`?"
    );
    assert_eq!(
        headlines("[types.run-2]\nprefix = \"run\"\nprefx = 1\n"),
        [
            "ids.toml:1:8: kind name `run-2` must be snake_case, found `-` at position 4\nhelp: rename it to `run_2`",
            "ids.toml:3:1: unknown key `prefx` in [types.run-2]\nhelp: did you mean `prefix`?",
        ]
    );
    assert_eq!(
        headlines("[types.\"Run Step\"]\nprefix = \"run\"\nprefx = 1\n"),
        [
            "ids.toml:1:8: kind name `Run Step` must be snake_case, found uppercase `R` at position 1\nhelp: rename it to `run_step`",
            "ids.toml:3:1: unknown key `prefx` in [types.\"Run Step\"]\nhelp: did you mean `prefix`?",
        ]
    );
}

#[test]
fn duplicate_table_names_the_key() {
    assert_eq!(
        one("[types.run]\n\n[types.run]\n"),
        "ids.toml:3:8: duplicate key `run`"
    );
}

#[test]
fn no_kinds() {
    let expected = format!("ids.toml:1:1: ids.toml declares no ID kinds\n{NO_KINDS_HELP}");
    assert_eq!(one(""), expected);
    assert_eq!(
        one("# just a comment\n[defaults]\nuuid = \"v4\"\n"),
        expected
    );
    assert_eq!(
        one("[types]\n"),
        format!("ids.toml:1:2: ids.toml declares no ID kinds\n{NO_KINDS_HELP}")
    );
}

#[test]
fn types_must_be_tables() {
    assert_eq!(
        one("types = 3\n"),
        "ids.toml:1:9: `types` must be a table like [types.run], found an integer\n\
         help: declare each kind as a table: [types.run] followed by its keys, e.g. `doc = \"…\"`"
    );
    assert_eq!(
        one("[types]\nrun = \"One run.\"\n"),
        "ids.toml:2:7: `types.run` must be a table like [types.run], found a string\n\
         help: declare each kind as a table: [types.run] followed by its keys, e.g. `doc = \"…\"`"
    );
    assert_eq!(
        one("[[types.run]]\ndoc = \"x\"\n"),
        "ids.toml:1:1: `types.run` must be a table like [types.run], found an array\n\
         help: write [types.run] with single brackets: each kind is one table"
    );
}

#[test]
fn keys_are_snake_case() {
    assert_eq!(
        one("[types.RunStep]\nprefix = \"run_step\"\n"),
        "ids.toml:1:8: kind name `RunStep` must be snake_case, found uppercase `R` at position 1\n\
         help: rename it to `run_step`"
    );
    assert_eq!(
        one("[types.run-step]\nprefix = \"run_step\"\n"),
        "ids.toml:1:8: kind name `run-step` must be snake_case, found `-` at position 4\n\
         help: rename it to `run_step`"
    );
    assert_eq!(
        one("[types.2run]\n"),
        "ids.toml:1:8: kind name `2run` must start with a lowercase letter, found `2`\n\
         help: kind names are lowercase ASCII letters, digits and `_`, starting with a letter"
    );
    assert_eq!(
        one("[types.\"\"]\n"),
        "ids.toml:1:8: kind name is empty\nhelp: name the kind in snake_case, e.g. [types.run]"
    );
}

#[test]
fn keywords() {
    assert_eq!(
        one("[types.self]\n"),
        "ids.toml:1:8: kind name `self` is a Rust keyword that cannot be a field or method name, \
         even as `r#self`\nhelp: rename the kind, e.g. `self_ref`"
    );
    assert_eq!(
        one("[types.crate]\n"),
        "ids.toml:1:8: kind name `crate` is a Rust keyword that cannot be a field or method name, \
         even as `r#crate`\nhelp: rename the kind, e.g. `crate_ref`"
    );
    assert_eq!(
        one("[types.self_]\nprefix = \"slf\"\n"),
        "ids.toml:1:8: kind name `self_` would generate the enum variant `Self`, which is a Rust \
         keyword\nhelp: rename the kind, e.g. `self_ref`"
    );
    // Other keywords are fine: generated code writes them raw.
    let manifest = id_manifest::parse("[types.type]\n[types.match]\n", "ids.toml").unwrap();
    assert!(
        manifest
            .kinds
            .iter()
            .all(|kind| kind.names.field_is_keyword)
    );
    assert_eq!(manifest.kinds[0].names.type_name, "TypeId");
}

#[test]
fn explicit_prefix_grammar() {
    let case = |prefix: &str| one(&format!("[types.run]\nprefix = \"{prefix}\"\n"));
    assert_eq!(
        case("Run"),
        "ids.toml:2:11: prefix `Run` is not valid: the prefix has the uppercase letter `R`; prefixes are \
         lowercase\nhelp: use `run`"
    );
    assert_eq!(
        case("run2"),
        "ids.toml:2:14: prefix `run2` is not valid: the prefix has the character '2'; prefixes use only \
         lowercase ASCII letters and `_`\nhelp: use `run`"
    );
    assert_eq!(
        case("_run"),
        "ids.toml:2:10: prefix `_run` is not valid: the prefix starts with `_`\nhelp: use `run`"
    );
    assert_eq!(
        case("run_"),
        "ids.toml:2:14: prefix `run_` is not valid: the prefix ends with `_`\n\
         help: use `run`; the ID format adds the `_` after the prefix itself"
    );
    assert_eq!(
        case(""),
        "ids.toml:2:10: prefix is empty\n\
         help: a prefix is 1 to 63 lowercase ASCII letters or `_`, e.g. `run`"
    );
    let long = "a".repeat(64);
    assert_eq!(
        case(&long),
        format!(
            "ids.toml:2:10: prefix `{long}` is not valid: the prefix is 64 characters long; at most 63 \
             are allowed\nhelp: use `{}`",
            &long[..63]
        )
    );
    id_manifest::parse(
        &format!("[types.run]\nprefix = \"{}\"\n", "a".repeat(63)),
        "ids.toml",
    )
    .unwrap();
}

#[test]
fn defaulted_prefix_is_reported_at_the_key() {
    assert_eq!(
        one("[types.run2]\n"),
        "ids.toml:1:11: key `run2` is not a valid prefix: the prefix has the character '2'; prefixes use \
         only lowercase ASCII letters and `_`\nhelp: set `prefix = \"run\"` explicitly"
    );
    assert_eq!(
        one("[types.run_]\n"),
        "ids.toml:1:11: key `run_` is not a valid prefix: the prefix ends with `_`\n\
         help: set `prefix = \"run\"` explicitly"
    );
    // An explicit prefix fixes it.
    id_manifest::parse("[types.run2]\nprefix = \"run_two\"\n", "ids.toml").unwrap();
}

#[test]
fn alias_grammar() {
    assert_eq!(
        one("[types.run]\naliases = [\"rn\", \"Old\"]\n"),
        "ids.toml:2:19: alias `Old` is not valid: the prefix has the uppercase letter `O`; prefixes are \
         lowercase\nhelp: use `old`"
    );
    assert_eq!(
        one("[types.run]\naliases = [\"\"]\n"),
        "ids.toml:2:12: alias is empty\n\
         help: a prefix is 1 to 63 lowercase ASCII letters or `_`, e.g. `run`"
    );
}

#[test]
fn rust_name_collisions() {
    assert_eq!(
        one("[types.run_id]\n[types.run__id]\nprefix = \"run_id_two\"\n"),
        "ids.toml:2:8: kind name `run__id` generates the same Rust names (`RunId`, `RunIdId`) as \
         [types.run_id] at ids.toml:1:8\nhelp: rename one of the two kinds"
    );
    assert_eq!(
        one("[types.any]\n"),
        "ids.toml:1:8: kind name `any` would generate `AnyId`, which collides with the generated \
         `AnyId` enum\nhelp: rename the kind, e.g. `any_kind`"
    );
    assert_eq!(
        one("[types.any_]\nprefix = \"anything\"\n"),
        "ids.toml:1:8: kind name `any_` would generate `AnyId`, which collides with the generated \
         `AnyId` enum\nhelp: rename the kind, e.g. `any_kind`"
    );
}

#[test]
fn prefixes_and_aliases_are_unique() {
    assert_eq!(
        one("[types.run]\nprefix = \"run\"\n\n[types.step]\nprefix = \"run\"\n"),
        "ids.toml:5:10: prefix `run` is already used by [types.run] at ids.toml:2:10\n\
         help: an ID's prefix tells which kind it is, so each prefix and alias may belong to one kind only"
    );
    assert_eq!(
        one("[types.run]\n[types.step]\naliases = [\"run\"]\n"),
        "ids.toml:3:12: alias `run` is already used by [types.run] at ids.toml:1:8\n\
         help: an ID's prefix tells which kind it is, so each prefix and alias may belong to one kind only"
    );
    assert_eq!(
        one("[types.run]\naliases = [\"run\"]\n"),
        "ids.toml:2:12: alias `run` is already used by [types.run] at ids.toml:1:8\n\
         help: a kind always accepts its own prefix: remove this alias"
    );
    assert_eq!(
        one("[types.run]\naliases = [\"rn\", \"rn\"]\n"),
        "ids.toml:2:18: alias `rn` is already used by [types.run] at ids.toml:2:12\n\
         help: remove the repeated alias"
    );
}

#[test]
fn unknown_keys() {
    assert_eq!(
        one("[types.run]\nprefx = \"run\"\n"),
        "ids.toml:2:1: unknown key `prefx` in [types.run]\nhelp: did you mean `prefix`?"
    );
    assert_eq!(
        one("[types.run]\ncolor = \"red\"\n"),
        "ids.toml:2:1: unknown key `color` in [types.run]\nhelp: allowed keys: `prefix`, `doc`, \
         `aliases`, `accept_uuid`, `uuid`, `deprecated`, `description`, `owner`, `pii`, `link`, `labels`"
    );
    assert_eq!(
        one("[defaults]\nuid = \"v4\"\n[types.run]\n"),
        "ids.toml:2:1: unknown key `uid` in [defaults]\nhelp: did you mean `uuid`?"
    );
    assert_eq!(
        one("[defaults]\nprefix = \"x\"\n[types.run]\n"),
        "ids.toml:2:1: unknown key `prefix` in [defaults]\nhelp: `prefix` can only be set per kind, \
         in [types.NAME]; [defaults] may set `uuid`, `accept_uuid`, `pii`, `owner`"
    );
    assert_eq!(
        one("kinds = 1\n[types.run]\n"),
        "ids.toml:1:1: unknown top-level key `kinds`\n\
         help: the top level may contain only [types.NAME] tables and [defaults]"
    );
    // A misspelled `[types]` is one mistake: no extra "declares no ID kinds".
    assert_eq!(
        one("[type.run]\n"),
        "ids.toml:1:2: unknown top-level key `type`\nhelp: did you mean `types`?"
    );
}

#[test]
fn value_types() {
    assert_eq!(
        one("[types.run]\naccept_uuid = \"true\"\n"),
        "ids.toml:2:15: `accept_uuid` must be a boolean, found a string\n\
         help: write `accept_uuid = true` without quotes"
    );
    assert_eq!(
        one("[types.run]\npii = 1\n"),
        "ids.toml:2:7: `pii` must be a boolean, found an integer\nhelp: write `pii = true` or `pii = false`"
    );
    assert_eq!(
        one("[types.run]\ndoc = 3\n"),
        "ids.toml:2:7: `doc` must be a string, found an integer"
    );
    assert_eq!(
        one("[types.run]\nprefix = [\"run\"]\n"),
        "ids.toml:2:10: `prefix` must be a string, found an array"
    );
    assert_eq!(
        one("[types.run]\naliases = \"rn\"\n"),
        "ids.toml:2:11: `aliases` must be an array of strings, found a string\n\
         help: write `aliases = [\"rn\"]`"
    );
    assert_eq!(
        one("[types.run]\naliases = [1]\n"),
        "ids.toml:2:12: each alias must be a string, found an integer"
    );
    assert_eq!(
        one("defaults = 1\n[types.run]\n"),
        "ids.toml:1:12: `defaults` must be a table like [defaults], found an integer"
    );
}

#[test]
fn uuid_versions() {
    let case = |value: &str| one(&format!("[types.run]\nuuid = {value}\n"));
    assert_eq!(
        case("\"v5\""),
        "ids.toml:2:8: unknown UUID version `v5`: expected \"v7\" or \"v4\"\n\
         help: \"v7\" is time-ordered (the default); \"v4\" is random"
    );
    for typo in ["\"V7\"", "\"7\"", "\"uuid7\"", "\"UUIDv7\""] {
        assert!(
            case(typo).ends_with("\nhelp: use \"v7\""),
            "{typo}: {}",
            case(typo)
        );
    }
    assert!(case("\"V4\"").ends_with("\nhelp: use \"v4\""));
    assert_eq!(
        case("7"),
        "ids.toml:2:8: `uuid` must be a string, found an integer\nhelp: use \"v7\""
    );
}

#[test]
fn deprecated_needs_a_note() {
    assert_eq!(
        one("[types.run]\ndeprecated = \"\"\n"),
        "ids.toml:2:14: empty `deprecated` note: deprecated kinds need a note saying what to use \
         instead\nhelp: e.g. `deprecated = \"use connection instead\"`"
    );
    assert_eq!(
        one("[types.run]\ndeprecated = true\n"),
        "ids.toml:2:14: `deprecated` must be a string, found a boolean\nhelp: deprecated kinds need a \
         note saying what to use instead, e.g. `deprecated = \"use connection instead\"`"
    );
    assert_eq!(
        one("[types.run]\ndeprecated = false\n"),
        "ids.toml:2:14: `deprecated` must be a string, found a boolean\n\
         help: remove `deprecated`: kinds are not deprecated unless they set a note"
    );
}

#[test]
fn defaults_are_validated() {
    assert_eq!(
        headlines("[defaults]\nuuid = \"v8\"\naccept_uuid = \"no\"\n[types.run]\n"),
        [
            "ids.toml:2:8: unknown UUID version `v8`: expected \"v7\" or \"v4\"\n\
             help: \"v7\" is time-ordered (the default); \"v4\" is random",
            "ids.toml:3:15: `accept_uuid` must be a boolean, found a string\n\
             help: write `accept_uuid = true` or `accept_uuid = false`",
        ]
    );
}

#[test]
fn three_mistakes_three_diagnostics_in_file_order() {
    let source = "\
[types.step]
prefix = \"run\"

[types.run]
prefx = \"r\"
uuid = \"v5\"
";
    assert_eq!(
        headlines(source),
        [
            "ids.toml:4:8: prefix `run` is already used by [types.step] at ids.toml:2:10\n\
             help: an ID's prefix tells which kind it is, so each prefix and alias may belong to one kind only",
            "ids.toml:5:1: unknown key `prefx` in [types.run]\nhelp: did you mean `prefix`?",
            "ids.toml:6:8: unknown UUID version `v5`: expected \"v7\" or \"v4\"\n\
             help: \"v7\" is time-ordered (the default); \"v4\" is random",
        ]
    );
}

#[test]
fn file_name_appears_in_every_location() {
    let failure = id_manifest::parse("[types.Run]\n", "fixtures/ids.toml").unwrap_err();
    assert!(
        failure.diagnostics[0]
            .headline()
            .starts_with("fixtures/ids.toml:1:8: ")
    );
}
