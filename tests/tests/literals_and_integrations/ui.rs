//! UI tests: an invalid literal in a `const` or `static` is a compile error naming the rule it breaks.
//!
//! One case per rule in `tests/ui/literals/` (the kinds are in `ui/literals/ids.toml`), and the accepted literals
//! in `tests/ui/literals-pass/`. Regenerate the expected errors with
//! `TRYBUILD=overwrite cargo test -p id-tests --test literals_and_integrations ui::`, then read every changed
//! `.stderr`: each must show the rule's message, once, at the literal.

#[test]
fn invalid_literals_are_compile_errors_naming_the_rule() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/literals/*.rs");
    cases.pass("ui/literals-pass/*.rs");
}
