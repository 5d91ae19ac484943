//! Issue 14: compile-time ID literals (`from_static`), creation time (`created_at`), the `arbitrary` and `proptest`
//! features, and `x-typeid-prefix` in the schemas. One module per area, as in a `testsuite/main.rs`.

#[id_runtime::ids("../../fixtures/migration.toml")]
mod migration {}

mod arbitrary_ids;
mod created_at;
mod literals;
mod literals_agree;
mod proptest_ids;
mod schema_prefix;
mod ui;
