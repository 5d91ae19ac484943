//! How diagnostics and failures read: the rustc-like snippet and the short headline.

use id_manifest::{Diagnostic, Location, parse};

#[test]
fn display_shows_snippet_and_help() {
    let failure = parse("[types.run]\n\nprefix = \"Run\"\n", "ids.toml").unwrap_err();
    assert_eq!(
        failure.diagnostics[0].to_string(),
        "\
ids.toml:3:11: prefix `Run` is not valid: the prefix has the uppercase letter `R`; prefixes are lowercase
   |
 3 | prefix = \"Run\"
   |           ^
help: use `run`"
    );
}

#[test]
fn gutter_grows_with_the_line_number() {
    let source = format!("{}[types.run]\nprefx = 1\n", "\n".repeat(9));
    let failure = parse(&source, "ids.toml").unwrap_err();
    assert_eq!(
        failure.diagnostics[0].to_string(),
        "\
ids.toml:11:1: unknown key `prefx` in [types.run]
    |
 11 | prefx = 1
    | ^
help: did you mean `prefix`?"
    );
}

#[test]
fn columns_count_characters_and_tabs_line_up() {
    let failure = parse("[types.run]\ndoc = \"üü\"\n\tprefix = \"R\"\n", "ids.toml").unwrap_err();
    let diagnostic = &failure.diagnostics[0];
    assert_eq!(
        (diagnostic.location.line, diagnostic.location.column),
        (3, 12)
    );
    assert!(
        diagnostic
            .to_string()
            .contains("\n 3 | \tprefix = \"R\"\n   | \t          ^\n")
    );

    let failure = parse("[types.run]\ndoc = \"üü\" x\n", "ids.toml").unwrap_err();
    assert_eq!(failure.diagnostics[0].location.column, 12);
}

#[test]
fn without_source_line_or_help() {
    let diagnostic = Diagnostic {
        location: Location {
            file: "ids.toml".to_owned(),
            line: 1,
            column: 1,
        },
        message: "cannot read ids.toml".to_owned(),
        help: None,
        source_line: None,
    };
    assert_eq!(diagnostic.to_string(), "ids.toml:1:1: cannot read ids.toml");
    assert_eq!(diagnostic.headline(), "ids.toml:1:1: cannot read ids.toml");
}

#[test]
fn headline_has_no_snippet() {
    let failure = parse("[types.run]\nprefx = 1\n", "ids.toml").unwrap_err();
    assert_eq!(
        failure.diagnostics[0].headline(),
        "ids.toml:2:1: unknown key `prefx` in [types.run]\nhelp: did you mean `prefix`?"
    );
}

#[test]
fn failure_separates_diagnostics_with_a_blank_line() {
    let failure = parse("[types.run]\npii = 1\ndoc = 2\n", "ids.toml").unwrap_err();
    let text = failure.to_string();
    let parts: Vec<_> = text.split("\n\n").collect();
    assert_eq!(parts.len(), 2, "{text}");
    assert!(parts[0].starts_with("ids.toml:2:7: `pii` must be a boolean, found an integer\n"));
    assert!(parts[1].starts_with("ids.toml:3:7: `doc` must be a string, found an integer\n"));
    let _: &dyn std::error::Error = &failure;
}
