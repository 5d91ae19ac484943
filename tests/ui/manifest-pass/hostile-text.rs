#![deny(warnings)]

#[id_runtime::ids("hostile-text.toml")]
pub mod ids {}

use ids::IdType;

#[allow(deprecated)] // `quote` is deprecated on purpose: its note is one of the texts under test.
fn main() {
    let info = IdType::Quote.info();
    assert_eq!(
        info.doc,
        Some("Says \"hi\" with a \\ backslash, a tab\tand */ /* #[doc] { } r#\"raw\"#")
    );
    assert_eq!(
        info.description,
        Some("Line one\nline two, é ü 日本, \u{1b}[0m escape")
    );
    assert_eq!(info.owner, Some("team-'single'-quotes"));
    assert_eq!(info.deprecated, Some("use \"other\" instead \\o/"));
    // A blank `doc` counts as none.
    assert_eq!(IdType::Other.info().doc, None);
    assert_eq!(IdType::Quote.prefix(), "quote");
}
