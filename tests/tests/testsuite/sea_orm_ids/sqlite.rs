//! SeaORM on a real SQLite file: a typed ID is the same 16-byte BLOB that the `sqlx-sqlite` integration writes, so
//! both libraries read each other's rows; values that are not IDs fail to read.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use id_tests::ids::{AnyId, RunId, UserId};
use sea_orm::{
    ConnectionTrait, Database, DatabaseConnection, DbErr, EntityTrait, Statement, TryFromU64,
};
use sqlx::{Connection, Row, SqliteConnection};

use super::{create_runs, exercise, run};

/// A new SQLite file in the temporary directory, removed when dropped.
struct TempDb {
    path: PathBuf,
}

impl TempDb {
    fn new(test: &str) -> Self {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "ids-sea-orm-{test}-{}-{}.db",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        let _ = std::fs::remove_file(&path);
        TempDb { path }
    }

    fn url(&self) -> String {
        format!("sqlite://{}?mode=rwc", self.path.display())
    }

    async fn sea_orm(&self) -> DatabaseConnection {
        Database::connect(self.url()).await.expect("SQLite file")
    }

    async fn sqlx(&self) -> SqliteConnection {
        SqliteConnection::connect(&self.url())
            .await
            .expect("SQLite file")
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[tokio::test]
async fn an_entity_of_typed_ids_on_a_sqlite_file() {
    let file = TempDb::new("entity");
    let db = file.sea_orm().await;
    let (runs, owner) = exercise(&db).await;

    // What is stored: 16-byte BLOBs holding the UUIDs, and the TypeID text, as sqlx-sqlite stores them.
    let mut raw = file.sqlx().await;
    let row = sqlx::query(
        "SELECT typeof(id) AS kind, length(id) AS len, id, owner, typeof(subject) AS text, subject FROM runs WHERE id = ?",
    )
    .bind(runs[1])
    .fetch_one(&mut raw)
    .await
    .unwrap();
    assert_eq!(
        (row.get::<String, _>("kind"), row.get::<i64, _>("len")),
        ("blob".to_owned(), 16)
    );
    assert_eq!(row.get::<Vec<u8>, _>("id"), runs[1].uuid().as_bytes());
    assert_eq!(row.get::<Option<UserId>, _>("owner"), Some(owner));
    assert_eq!(row.get::<String, _>("text"), "text");
    assert_eq!(row.get::<String, _>("subject"), owner.to_string());

    // A row written by sqlx is read by sea-orm, and the other way round above.
    let written = RunId::new();
    sqlx::query("INSERT INTO runs (id, owner, subject) VALUES (?, ?, ?)")
        .bind(written)
        .bind(None::<UserId>)
        .bind(AnyId::from(written))
        .execute(&mut raw)
        .await
        .unwrap();
    let read = run::Entity::find_by_id(written).one(&db).await.unwrap();
    assert_eq!(
        read,
        Some(run::Model {
            id: written,
            owner: None,
            subject: AnyId::Run(written)
        })
    );
}

#[tokio::test]
async fn stored_values_that_are_not_ids_fail_to_read() {
    let file = TempDb::new("bad-values");
    let db = file.sea_orm().await;
    create_runs(&db).await;
    let insert = |id: &str, owner: &str, subject: &str| {
        Statement::from_string(
            db.get_database_backend(),
            format!("INSERT INTO runs (id, owner, subject) VALUES ({id}, {owner}, {subject})"),
        )
    };
    let query_error = |result: Result<Option<run::Model>, DbErr>| match result {
        Err(error) => error.to_string(),
        Ok(model) => panic!("a stored value that is not an ID was read as {model:?}"),
    };

    // A 2-byte BLOB: sea-orm's own UUID decoding rejects it.
    db.execute_raw(insert(
        "X'0102'",
        "NULL",
        "'user_01h455vb4pex5vsknk084sn02q'",
    ))
    .await
    .unwrap();
    let error = query_error(run::Entity::find().one(&db).await);
    assert!(
        error.contains("into `RunId`")
            && error.contains("column \"id\": invalid length: expected 16 bytes, found 2"),
        "the error names the type, the column and the size: {error}"
    );
    db.execute_unprepared("DELETE FROM runs").await.unwrap();

    // The TypeID text of the same UUID in the key column, and 16 characters (as many bytes as a UUID): text is not
    // a typed ID, whatever its kind or length (tests/tests/testsuite/sqlite_stored_values.rs tries every type).
    for text in ["'run_01h455vb4pex5vsknk084sn02q'", "'0123456789abcdef'"] {
        db.execute_raw(insert(text, "NULL", "'user_01h455vb4pex5vsknk084sn02q'"))
            .await
            .unwrap();
        let error = query_error(run::Entity::find().one(&db).await);
        assert!(
            error.contains(
                "Error converting `TEXT` into `RunId`: column \"id\": expected a UUID (in SQLite a 16-byte BLOB), found TEXT"
            ),
            "the error names the type, the column and what it holds: {error}"
        );
        db.execute_unprepared("DELETE FROM runs").await.unwrap();
    }

    // An `AnyId` column whose prefix is no declared kind: the parse error, naming the prefix and the type.
    let id = RunId::new();
    db.execute_raw(insert(
        &format!("X'{}'", id.uuid().simple()),
        "NULL",
        "'usr_01h455vb4pex5vsknk084sn02q'",
    ))
    .await
    .unwrap();
    let error = query_error(run::Entity::find_by_id(id).one(&db).await);
    assert!(
        error.contains("into `AnyId`: unknown ID prefix `usr`; did you mean `user`?"),
        "the error names AnyId and the prefix: {error}"
    );
}

#[test]
fn ids_are_not_numbered_by_the_database() {
    // sea-orm asks a key the database numbers (`auto_increment`) for `TryFromU64`: an ID is not an integer.
    let error = RunId::try_from_u64(7).unwrap_err();
    assert_eq!(
        error.to_string(),
        "Type 'RunId' cannot be converted from u64"
    );
    assert_eq!(
        AnyId::try_from_u64(7).unwrap_err().to_string(),
        "Type 'AnyId' cannot be converted from u64"
    );
}
