//! sqlx on a real PostgreSQL server: typed IDs are native `uuid` values.
//!
//! The server comes from `scripts/start-postgres.sh` (CI runs it). Without a reachable server the test is skipped
//! with a message on the real stderr, unless IDS_REQUIRE_POSTGRES=1 or CI is set, where that is a failure.

use id_tests::ids::{AnyId, RunId, UserId};
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

/// Values that are not IDs of the kind: each an error naming the type, the column and what was wrong.
#[tokio::test]
async fn values_that_are_not_ids_fail_to_decode_with_messages_naming_the_type() {
    let Some(mut db) = connect(
        "sqlx_postgres::values_that_are_not_ids_fail_to_decode_with_messages_naming_the_type",
    )
    .await
    else {
        return;
    };
    let row = sqlx::query(
        "SELECT '\\x0102'::bytea AS short, 'run_01h455vb4pex5vsknk084sn02q'::text AS text, \
         'usr_01h455vb4pex5vsknk084sn02q'::text AS unknown, 'run_01h455vb4pex5vsknk084sn02'::text AS truncated, \
         '01890a5d-ac96-774b-bcce-b302099a8057'::uuid AS id",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let error = |result: Result<RunId, sqlx::Error>| match result {
        Err(error) => error.to_string(),
        Ok(id) => panic!("read {id} from a value that is not a run ID"),
    };
    // A value of the wrong size: `bytea` is not `uuid`, so sqlx refuses it by its type...
    assert_eq!(
        error(row.try_get::<RunId, _>("short")),
        "error occurred while decoding column \"short\": mismatched types; Rust type `id_tests::ids::RunId` \
         (as SQL type `UUID`) is not compatible with SQL type `BYTEA`"
    );
    // ...and, when the type check is skipped, the decoder refuses it by its size.
    assert_eq!(
        error(row.try_get_unchecked::<RunId, _>("short")),
        "error occurred while decoding column \"short\": cannot read `RunId` from this PostgreSQL value: \
         invalid length: expected 16 bytes, found 2"
    );
    // TypeID text is not a native uuid.
    assert_eq!(
        error(row.try_get::<RunId, _>("text")),
        "error occurred while decoding column \"text\": mismatched types; Rust type `id_tests::ids::RunId` \
         (as SQL type `UUID`) is not compatible with SQL type `TEXT`"
    );

    // `AnyId` in a text column: the parser's error, with its did-you-mean; and a uuid is not its text.
    let any_error = |result: Result<AnyId, sqlx::Error>| match result {
        Err(error) => error.to_string(),
        Ok(id) => panic!("read {id} from a value that is no declared kind's ID"),
    };
    assert_eq!(
        any_error(row.try_get::<AnyId, _>("unknown")),
        "error occurred while decoding column \"unknown\": unknown ID prefix `usr`; did you mean `user`?"
    );
    assert_eq!(
        any_error(row.try_get::<AnyId, _>("truncated")),
        "error occurred while decoding column \"truncated\": the ID suffix must be 26 characters long, found 25 \
         (the suffix is everything after the last `_`)"
    );
    assert_eq!(
        any_error(row.try_get::<AnyId, _>("id")),
        "error occurred while decoding column \"id\": mismatched types; Rust type `id_tests::ids::AnyId` \
         (as SQL type `TEXT`) is not compatible with SQL type `UUID`"
    );
    // The well-formed values read.
    assert_eq!(
        row.try_get::<AnyId, _>("text").unwrap(),
        AnyId::Run(RunId::from_static("run_01h455vb4pex5vsknk084sn02q"))
    );
    assert_eq!(
        row.try_get::<RunId, _>("id").unwrap(),
        RunId::from_static("run_01h455vb4pex5vsknk084sn02q")
    );
}
