//! sqlx on a real PostgreSQL server: typed IDs are native `uuid` values.
//!
//! The server comes from `scripts/start-postgres.sh` (CI runs it). Without a reachable server the test is skipped
//! with a message on the real stderr, unless IDS_REQUIRE_POSTGRES=1 or CI is set, where that is a failure.

use id_tests::ids::{RunId, UserId};
use sqlx::{Connection, PgConnection, Row};

async fn connect(test: &str) -> Option<PgConnection> {
    let url = std::env::var("IDS_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_owned());
    match PgConnection::connect(&url).await {
        Ok(connection) => Some(connection),
        Err(error) if std::env::var("IDS_REQUIRE_POSTGRES").as_deref() == Ok("1") => {
            panic!("IDS_REQUIRE_POSTGRES=1 but PostgreSQL at {url} is unreachable: {error}")
        }
        Err(error) => {
            crate::common::skip(
                test,
                &format!(
                    "PostgreSQL at {url} is unreachable ({error}); run scripts/start-postgres.sh \
                     (or set IDS_POSTGRES_URL) to run it"
                ),
                true,
            );
            None
        }
    }
}

#[tokio::test]
async fn typed_ids_are_native_uuids_in_postgres() {
    let Some(mut db) = connect("sqlx_postgres::typed_ids_are_native_uuids_in_postgres").await
    else {
        return;
    };
    // A temporary table lives on this connection only, so parallel runs cannot collide.
    sqlx::query("CREATE TEMP TABLE runs (id uuid PRIMARY KEY, started_by uuid NOT NULL)")
        .execute(&mut db)
        .await
        .unwrap();
    let user = UserId::new();
    let runs: Vec<RunId> = (0..20).map(|_| RunId::new()).collect();
    for run in runs.iter().rev() {
        sqlx::query("INSERT INTO runs (id, started_by) VALUES ($1, $2)")
            .bind(run)
            .bind(user)
            .execute(&mut db)
            .await
            .unwrap();
    }

    let row = sqlx::query("SELECT id, started_by, pg_typeof(id)::text AS type, id::text AS text FROM runs WHERE id = $1")
        .bind(runs[3])
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(row.get::<RunId, _>("id"), runs[3]);
    assert_eq!(row.get::<UserId, _>("started_by"), user);
    assert_eq!(row.get::<String, _>("type"), "uuid");
    assert_eq!(row.get::<String, _>("text"), runs[3].uuid().to_string());

    let ordered: Vec<RunId> = sqlx::query_scalar("SELECT id FROM runs ORDER BY id")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert_eq!(ordered, runs, "v7 IDs sort by creation time");

    let some = vec![runs[0], runs[5], runs[9]];
    let found: Vec<RunId> =
        sqlx::query_scalar("SELECT id FROM runs WHERE id = ANY($1) ORDER BY id")
            .bind(&some)
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(found, some);
}
