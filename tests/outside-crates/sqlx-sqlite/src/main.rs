//! sqlx-sqlite with sqlx's `uuid` feature off: typed IDs are 16-byte BLOBs, `AnyId` is TEXT.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use ids::{AnyId, RunId, UserId};
use sqlx::{Connection, Row, SqliteConnection};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut db = SqliteConnection::connect("sqlite::memory:").await.unwrap();
    sqlx::query("CREATE TABLE runs (id BLOB PRIMARY KEY, owner BLOB, subject TEXT NOT NULL)")
        .execute(&mut db)
        .await
        .unwrap();
    let runs: Vec<RunId> = (0..5).map(|_| RunId::new()).collect();
    let user = UserId::new();
    for run in runs.iter().rev() {
        sqlx::query("INSERT INTO runs (id, owner, subject) VALUES (?, ?, ?)")
            .bind(run)
            .bind(Some(user))
            .bind(AnyId::from(*run))
            .execute(&mut db)
            .await
            .unwrap();
    }
    let row = sqlx::query("SELECT id, owner, subject, length(id) AS len FROM runs WHERE id = ?")
        .bind(runs[2])
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(row.get::<RunId, _>("id"), runs[2]);
    assert_eq!(row.get::<Option<UserId>, _>("owner"), Some(user));
    assert_eq!(row.get::<AnyId, _>("subject"), AnyId::Run(runs[2]));
    assert_eq!(row.get::<i64, _>("len"), 16);
    let ordered: Vec<RunId> = sqlx::query_scalar("SELECT id FROM runs ORDER BY id")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert_eq!(ordered, runs, "v7 IDs sort by creation time as BLOBs");
    println!("sqlx-sqlite: ok ({} rows)", ordered.len());
}
