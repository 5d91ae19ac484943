//! The integration, conformance, property, database and UI tests of the workspace, as one test binary with a
//! module per area: a cold `cargo test` compiles and links it once instead of once per area.
//!
//! Run one area with a filter: `cargo test -p id-tests --test testsuite -- migration::`.

#![allow(dead_code, unreachable_pub)]

mod allocations;
mod bench_floor;
mod binary_serde;
mod common;
mod concurrency;
mod conformance;
mod derive_parity;
mod diesel_postgres;
mod diesel_sqlite;
mod differential;
mod editor;
mod exhaustive_api;
mod feature_msrv;
mod fuzz_corpus;
mod generated_api;
mod graphql;
mod literals_and_integrations;
mod lone_package;
mod many_kinds;
mod migration;
mod outside_crate;
mod parse_shortcuts;
mod python_rows;
mod roundtrip_props;
mod rust_analyzer;
mod schemas;
mod sea_orm_ids;
mod sqlite_stored_values;
mod sqlx_postgres;
mod sqlx_sqlite;
mod ui;
