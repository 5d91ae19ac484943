//! sqlx on SQLite (embedded, always runs): typed IDs are 16-byte BLOBs, `AnyId` is TEXT.

use id_tests::ids::{AnyId, RunId, UserId};
use sqlx::{Connection, Row, SqliteConnection};

async fn database() -> SqliteConnection {
    let mut db = SqliteConnection::connect("sqlite::memory:")
        .await
        .expect("in-memory SQLite");
    sqlx::query(
        "CREATE TABLE runs (id BLOB PRIMARY KEY, started_by BLOB NOT NULL, subject TEXT NOT NULL)",
    )
    .execute(&mut db)
    .await
    .unwrap();
    db
}

#[tokio::test]
async fn typed_ids_round_trip_as_16_byte_blobs() {
    let mut db = database().await;
    let user = UserId::new();
    let runs: Vec<RunId> = (0..20).map(|_| RunId::new()).collect();
    // Insert in reverse so ORDER BY has work to do.
    for run in runs.iter().rev() {
        sqlx::query("INSERT INTO runs (id, started_by, subject) VALUES (?, ?, ?)")
            .bind(run)
            .bind(user)
            .bind(AnyId::from(user))
            .execute(&mut db)
            .await
            .unwrap();
    }

    let row = sqlx::query("SELECT id, started_by, subject, typeof(id) AS kind, length(id) AS len FROM runs WHERE id = ?")
        .bind(runs[7])
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(row.get::<RunId, _>("id"), runs[7]);
    assert_eq!(row.get::<UserId, _>("started_by"), user);
    assert_eq!(row.get::<AnyId, _>("subject"), AnyId::User(user));
    assert_eq!(
        (row.get::<String, _>("kind"), row.get::<i64, _>("len")),
        ("blob".to_owned(), 16)
    );
    let raw: Vec<u8> = row.get("id");
    assert_eq!(raw, runs[7].uuid().as_bytes());

    let ordered: Vec<RunId> = sqlx::query_scalar("SELECT id FROM runs ORDER BY id")
        .fetch_all(&mut db)
        .await
        .unwrap();
    assert_eq!(ordered, runs, "v7 IDs sort by creation time as BLOBs");
}

#[tokio::test]
async fn bad_stored_values_fail_to_decode_instead_of_being_misread() {
    let mut db = database().await;
    sqlx::query("INSERT INTO runs (id, started_by, subject) VALUES (X'0102', X'0102', 'user_01h455vb4pex5vsknk084sn02q')")
        .execute(&mut db)
        .await
        .unwrap();
    let row = sqlx::query("SELECT id, subject FROM runs")
        .fetch_one(&mut db)
        .await
        .unwrap();
    match row.try_get::<RunId, _>("id") {
        Err(sqlx::Error::ColumnDecode { index, .. }) => assert_eq!(index, "\"id\""),
        other => panic!("a 2-byte blob is not an ID, but decoding it gave {other:?}"),
    }
    assert_eq!(
        row.try_get::<AnyId, _>("subject").unwrap(),
        AnyId::User(UserId::from_uuid(id_runtime::Uuid::from_u128(
            0x0189_0a5d_ac96_774b_bcce_b302_099a_8057
        )))
    );

    sqlx::query("UPDATE runs SET subject = 'usr_01h455vb4pex5vsknk084sn02q'")
        .execute(&mut db)
        .await
        .unwrap();
    let row = sqlx::query("SELECT subject FROM runs")
        .fetch_one(&mut db)
        .await
        .unwrap();
    let error = row.try_get::<AnyId, _>("subject").unwrap_err().to_string();
    assert!(error.contains("did you mean `user`?"), "{error}");
}
