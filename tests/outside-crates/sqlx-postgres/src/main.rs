//! sqlx-postgres with sqlx's `uuid` feature off: typed IDs are native `uuid`, arrays of them bind to `= ANY($1)`.
//!
//! Needs a server: IDS_POSTGRES_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres
//! (`bash scripts/start-postgres.sh` starts one).

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use ids::{AnyId, RunId, UserId};
use sqlx::{Connection, PgConnection, Row};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let url = std::env::var("IDS_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_owned());
    let mut db = PgConnection::connect(&url)
        .await
        .unwrap_or_else(|error| panic!("PostgreSQL at {url} is unreachable: {error}"));
    sqlx::query(
        "CREATE TEMPORARY TABLE runs (id uuid PRIMARY KEY, owner uuid, subject text NOT NULL)",
    )
    .execute(&mut db)
    .await
    .unwrap();
    let runs: Vec<RunId> = (0..5).map(|_| RunId::new()).collect();
    let user = UserId::new();
    for run in runs.iter().rev() {
        sqlx::query("INSERT INTO runs (id, owner, subject) VALUES ($1, $2, $3)")
            .bind(run)
            .bind(Some(user))
            .bind(AnyId::from(*run))
            .execute(&mut db)
            .await
            .unwrap();
    }
    let row = sqlx::query("SELECT id, owner, subject, id::text AS text FROM runs WHERE id = $1")
        .bind(runs[2])
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(row.get::<RunId, _>("id"), runs[2]);
    assert_eq!(row.get::<Option<UserId>, _>("owner"), Some(user));
    assert_eq!(row.get::<AnyId, _>("subject"), AnyId::Run(runs[2]));
    assert_eq!(
        row.get::<String, _>("text"),
        runs[2].uuid().hyphenated().to_string()
    );
    let picked: Vec<RunId> =
        sqlx::query_scalar("SELECT id FROM runs WHERE id = ANY($1) ORDER BY id")
            .bind(vec![runs[4], runs[0]])
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(picked, [runs[0], runs[4]]);
    println!("sqlx-postgres: ok");
}
