//! The Python export's SQLAlchemy types on the PostgreSQL server: typed IDs as native `uuid` columns (see
//! `services` for the same on SQLite).

use std::ffi::OsString;

use super::psql::Db;
use crate::common::run_tool;
use crate::export::{assert_passed, harness};
use crate::services::{module_dir, services_python};

#[test]
fn sqlalchemy_stores_typed_ids_as_native_uuid() {
    let test = "sqlalchemy_stores_typed_ids_as_native_uuid";
    let Some(db) = Db::connect(test) else {
        return;
    };
    let Some(python) = services_python(test) else {
        return;
    };
    let dir = module_dir("postgres-sqlalchemy");
    let url = db
        .url
        .replacen("postgres://", "postgresql+psycopg://", 1)
        .replacen("postgresql://", "postgresql+psycopg://", 1);
    // Tables of their own, so that concurrent runs do not meet.
    let suffix = format!("py{}", std::process::id());
    let output = run_tool(
        &python,
        [
            harness("services/sqlalchemy_db.py").into_os_string(),
            dir.clone().into_os_string(),
            OsString::from(url),
            OsString::from(suffix),
        ],
        &dir,
    );
    assert_passed(&output, 14);
}
