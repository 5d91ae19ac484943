//! diesel on a real SQLite file (embedded, always runs): typed IDs are 16-byte BLOBs (`Binary`), the same bytes
//! sqlx-sqlite writes, and `AnyId` is TEXT.

use std::path::PathBuf;

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Binary, Text};
use diesel::sqlite::Sqlite;
use id_tests::ids::{AnyId, RunId, UserId};

diesel::table! {
    runs (id) {
        id -> Binary,
        owner -> Nullable<Binary>,
        subject -> Text,
    }
}

/// IDs as fields, with no wrapper: what a user writes.
#[derive(Queryable, Selectable, Insertable, Debug, PartialEq, Clone)]
#[diesel(table_name = runs, check_for_backend(Sqlite))]
struct Run {
    id: RunId,
    owner: Option<UserId>,
    subject: AnyId,
}

const CREATE: &str = "CREATE TABLE runs (id BLOB PRIMARY KEY, owner BLOB, subject TEXT NOT NULL)";

/// A database file in a directory of its own, removed when the test ends.
struct TempDb(PathBuf);

impl TempDb {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("ids-diesel-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDb(dir)
    }
    fn path(&self) -> String {
        self.0.join("runs.sqlite3").to_str().unwrap().to_owned()
    }
    fn connect(&self) -> SqliteConnection {
        SqliteConnection::establish(&self.path()).expect("a SQLite file in the temp dir")
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn derived_structs_hold_ids_and_queries_filter_and_order_by_them() {
    let file = TempDb::new("queries");
    let mut db = file.connect();
    diesel::sql_query(CREATE).execute(&mut db).unwrap();
    let user = UserId::new();
    let ids: Vec<RunId> = (0..20).map(|_| RunId::new()).collect();
    // Every third run has no owner; inserted in reverse so ORDER BY has work to do.
    let rows: Vec<Run> = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| Run {
            id,
            owner: (i % 3 != 0).then_some(user),
            subject: AnyId::from(user),
        })
        .collect();
    let reversed: Vec<Run> = rows.iter().rev().cloned().collect();
    assert_eq!(
        diesel::insert_into(runs::table)
            .values(&reversed)
            .execute(&mut db)
            .unwrap(),
        20
    );

    let found: Run = runs::table
        .filter(runs::id.eq(ids[7]))
        .select(Run::as_select())
        .first(&mut db)
        .unwrap();
    assert_eq!(found, rows[7]);
    let by_ref: Run = runs::table
        .find(&ids[3])
        .select(Run::as_select())
        .first(&mut db)
        .unwrap();
    assert_eq!(by_ref, rows[3]);

    let (kind, len, raw): (String, i64, Vec<u8>) = runs::table
        .filter(runs::id.eq(ids[7]))
        .select((
            sql::<Text>("typeof(id)"),
            sql::<BigInt>("length(id)"),
            sql::<Binary>("id"),
        ))
        .first(&mut db)
        .unwrap();
    assert_eq!((kind.as_str(), len), ("blob", 16));
    assert_eq!(
        raw,
        ids[7].uuid().as_bytes(),
        "the UUID's bytes, big-endian, as sqlx-sqlite writes them"
    );

    let ordered: Vec<RunId> = runs::table
        .select(runs::id)
        .order_by(runs::id)
        .load(&mut db)
        .unwrap();
    assert_eq!(ordered, ids, "v7 IDs sort by creation time as BLOBs");
    let newest_first: Vec<RunId> = runs::table
        .select(runs::id)
        .order_by(runs::id.desc())
        .limit(2)
        .load(&mut db)
        .unwrap();
    assert_eq!(newest_first, [ids[19], ids[18]]);

    let some = vec![ids[0], ids[5], ids[9]];
    let in_list: Vec<RunId> = runs::table
        .select(runs::id)
        .filter(runs::id.eq_any(&some))
        .order_by(runs::id)
        .load(&mut db)
        .unwrap();
    assert_eq!(in_list, some);

    // `Option<UserId>`: `None` is SQL NULL, read back as `None`.
    let unowned: Vec<RunId> = runs::table
        .select(runs::id)
        .filter(runs::owner.is_null())
        .order_by(runs::id)
        .load(&mut db)
        .unwrap();
    assert_eq!(unowned, ids.iter().step_by(3).copied().collect::<Vec<_>>());
    let owner_type: String = runs::table
        .filter(runs::id.eq(ids[0]))
        .select(sql::<Text>("typeof(owner)"))
        .first(&mut db)
        .unwrap();
    assert_eq!(owner_type, "null");
    let owned_by_user: i64 = runs::table
        .filter(runs::owner.eq(user))
        .count()
        .get_result(&mut db)
        .unwrap();
    assert_eq!(owned_by_user, 13);
    diesel::update(runs::table.find(ids[1]))
        .set(runs::owner.eq(None::<UserId>))
        .execute(&mut db)
        .unwrap();
    let owner: Option<UserId> = runs::table
        .find(ids[1])
        .select(runs::owner)
        .first(&mut db)
        .unwrap();
    assert_eq!(owner, None);

    // `AnyId` is its TypeID text, and compares as one.
    let subject: String = runs::table
        .find(ids[2])
        .select(sql::<Text>("subject"))
        .first(&mut db)
        .unwrap();
    assert_eq!(subject, user.to_string());
    let by_subject: i64 = runs::table
        .filter(runs::subject.eq(AnyId::from(user)))
        .count()
        .get_result(&mut db)
        .unwrap();
    assert_eq!(by_subject, 20);
}

/// One file, two libraries: rows written by sqlx are read by diesel and the other way round.
#[tokio::test]
async fn sqlx_and_diesel_read_each_others_rows() {
    use sqlx::{Connection as _, SqliteConnection as SqlxConnection};

    let file = TempDb::new("interop");
    let mut diesel_db = file.connect();
    diesel::sql_query(CREATE).execute(&mut diesel_db).unwrap();
    let mut sqlx_db = SqlxConnection::connect(&format!("sqlite://{}", file.path()))
        .await
        .unwrap();

    let user = UserId::new();
    let by_sqlx = RunId::new();
    sqlx::query("INSERT INTO runs (id, owner, subject) VALUES (?, ?, ?)")
        .bind(by_sqlx)
        .bind(Some(user))
        .bind(AnyId::from(by_sqlx))
        .execute(&mut sqlx_db)
        .await
        .unwrap();
    let by_diesel = Run {
        id: RunId::new(),
        owner: None,
        subject: AnyId::from(user),
    };
    diesel::insert_into(runs::table)
        .values(&by_diesel)
        .execute(&mut diesel_db)
        .unwrap();

    let read_by_diesel: Vec<Run> = runs::table
        .select(Run::as_select())
        .order_by(runs::id)
        .load(&mut diesel_db)
        .unwrap();
    let sqlx_row = Run {
        id: by_sqlx,
        owner: Some(user),
        subject: AnyId::Run(by_sqlx),
    };
    assert_eq!(read_by_diesel, [sqlx_row, by_diesel.clone()]);

    let read_by_sqlx: Vec<(RunId, Option<UserId>, AnyId)> =
        sqlx::query_as("SELECT id, owner, subject FROM runs WHERE id = ?")
            .bind(by_diesel.id)
            .fetch_all(&mut sqlx_db)
            .await
            .unwrap();
    assert_eq!(read_by_sqlx, [(by_diesel.id, None, AnyId::User(user))]);
    sqlx_db.close().await.unwrap();
}

/// Reads column `column` of the single row as `T`, returning diesel's error text.
fn read<T>(db: &mut SqliteConnection, column: &str) -> Result<T, String>
where
    T: diesel::deserialize::FromSqlRow<Binary, Sqlite> + 'static,
{
    runs::table
        .select(sql::<Binary>(column))
        .first::<T>(db)
        .map_err(|e| crate::common::error_chain(&e))
}

#[test]
fn values_of_the_wrong_size_or_type_fail_to_decode_instead_of_being_misread() {
    let file = TempDb::new("bad-values");
    let mut db = file.connect();
    diesel::sql_query(CREATE).execute(&mut db).unwrap();
    // A 2-byte BLOB, and 16 characters of TEXT (as many bytes as a UUID) in the ID columns.
    diesel::sql_query(
        "INSERT INTO runs VALUES (X'0102', '0123456789abcdef', 'usr_01h455vb4pex5vsknk084sn02q')",
    )
    .execute(&mut db)
    .unwrap();

    let error = runs::table
        .select(runs::id)
        .first::<RunId>(&mut db)
        .unwrap_err();
    let error = crate::common::error_chain(&error);
    assert_eq!(
        error,
        "Error deserializing field 'id': cannot read `RunId` from this SQLite value: expected a 16-byte BLOB, found a BLOB of 2 bytes"
    );
    let error = read::<UserId>(&mut db, "owner").unwrap_err();
    assert_eq!(
        error,
        "Error deserializing field 'owner': cannot read `UserId` from this SQLite value: expected a 16-byte BLOB, found TEXT"
    );
    let error = runs::table
        .select(runs::subject)
        .first::<AnyId>(&mut db)
        .unwrap_err();
    let error = crate::common::error_chain(&error);
    assert!(error.contains("did you mean `user`?"), "{error}");

    // The same columns, well formed, read back.
    let run = RunId::from_static("run_01h455vb4pex5vsknk084sn02q");
    diesel::update(runs::table)
        .set((runs::id.eq(run), runs::subject.eq(AnyId::from(run))))
        .execute(&mut db)
        .unwrap();
    assert_eq!(read::<RunId>(&mut db, "id"), Ok(run));
    assert_eq!(
        runs::table
            .select(runs::subject)
            .first::<AnyId>(&mut db)
            .unwrap(),
        AnyId::Run(run)
    );
    // `AnyId` is TEXT: a BLOB in its column is an error, not bytes taken for text.
    let error = runs::table
        .select(sql::<Text>("id"))
        .first::<AnyId>(&mut db)
        .unwrap_err();
    let error = crate::common::error_chain(&error);
    assert_eq!(
        error,
        "Error deserializing field 'id': cannot read `AnyId` from this SQLite value: expected TEXT, found a BLOB"
    );
}
