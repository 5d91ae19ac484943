//! Compile-time ID literals (`from_static`), creation time (`created_at`), the `arbitrary` and `proptest`
//! features, and `x-typeid-prefix` in the schemas. One module per area.

#[id_runtime::ids("../../../fixtures/migration.toml")]
pub mod migration {}

mod arbitrary_ids;
mod created_at;
mod literals;
mod literals_agree;
mod proptest_ids;
mod schema_prefix;
