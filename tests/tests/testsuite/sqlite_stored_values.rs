//! What another program may have stored in an ID column of a SQLite file, read through every integration: sqlx,
//! SeaORM and diesel. SQLite columns hold any type, so a typed ID's column may hold TEXT (16 characters among it,
//! as many bytes as a UUID), an INTEGER, a REAL or a BLOB of another size, and an `AnyId` column a BLOB, an
//! INTEGER or a REAL. Each is an error naming the Rust type and what was found, never a misread ID.

use std::path::PathBuf;

use diesel::prelude::*;
use id_tests::ids::{AnyId, RunId, UserId};
use sea_orm::{ConnectionTrait, Database, EntityTrait};
use sqlx::{Connection as _, Row, SqliteConnection as SqlxConnection};

use crate::common::error_chain;
use crate::sea_orm_ids::run;

diesel::table! {
    runs (id) {
        id -> Binary,
        owner -> Nullable<Binary>,
        subject -> Text,
    }
}

/// The table of `run::Entity`, as another program might create it: `subject` has no declared type, so SQLite keeps
/// every value as it is given (a `TEXT` column would store `42` as the text `'42'`).
const CREATE: &str = "CREATE TABLE runs (id BLOB PRIMARY KEY, owner BLOB, subject NOT NULL)";

/// A well-formed row's values, as SQL literals.
const RUN_BLOB: &str = "X'01890a5dac96774bbcceb302099a8057'";
const SUBJECT: &str = "'user_01h455vb4pex5vsknk084sn02q'";

/// A SQLite file in the temporary directory, removed when dropped.
struct TempDb(PathBuf);

impl TempDb {
    fn new(test: &str) -> Self {
        let path = std::env::temp_dir().join(format!(
            "ids-stored-values-{test}-{}.sqlite3",
            std::process::id()
        ));
        let _ = std::fs::remove_file(&path);
        TempDb(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }

    fn url(&self) -> String {
        format!("sqlite://{}?mode=rwc", self.path())
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The three libraries on one file, and plain SQL (no binding, no library's encoder) to write what another program
/// would.
struct Readers {
    sqlx: SqlxConnection,
    sea_orm: sea_orm::DatabaseConnection,
    diesel: SqliteConnection,
}

impl Readers {
    async fn open(file: &TempDb) -> Self {
        let mut sqlx = SqlxConnection::connect(&file.url()).await.unwrap();
        sqlx::raw_sql(CREATE).execute(&mut sqlx).await.unwrap();
        let sea_orm = Database::connect(file.url()).await.unwrap();
        let diesel = SqliteConnection::establish(file.path()).unwrap();
        Readers {
            sqlx,
            sea_orm,
            diesel,
        }
    }

    /// Replaces the table's one row by `(id, owner, subject)`, given as SQL literals, and checks its storage classes.
    async fn store(&mut self, id: &str, owner: &str, subject: &str, storage: [&str; 3]) {
        let sql = format!(
            "DELETE FROM runs; INSERT INTO runs (id, owner, subject) VALUES ({id}, {owner}, {subject})"
        );
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
            .execute(&mut self.sqlx)
            .await
            .unwrap();
        let row = sqlx::query("SELECT typeof(id), typeof(owner), typeof(subject) FROM runs")
            .fetch_one(&mut self.sqlx)
            .await
            .unwrap();
        let stored: [String; 3] = [row.get(0), row.get(1), row.get(2)];
        assert_eq!(stored, storage, "the row as SQLite stores it");
    }

    /// The error of each library reading column `column` of the row as `T`, or a panic naming what it read.
    async fn errors<T>(&mut self, column: &str) -> [String; 3]
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Sqlite>
            + sqlx::Type<sqlx::Sqlite>
            + diesel::deserialize::FromSqlRow<diesel::sql_types::Binary, diesel::sqlite::Sqlite>
            + sea_orm::TryGetable
            + std::fmt::Debug
            + 'static,
    {
        let sql = format!("SELECT {column} FROM runs");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_one(&mut self.sqlx)
            .await
            .unwrap();
        let by_sqlx = match row.try_get::<T, _>(0) {
            Err(error) => error_chain(&error),
            Ok(id) => panic!("sqlx read {id:?} from {column}"),
        };
        let result = self
            .sea_orm
            .query_one_raw(sea_orm::Statement::from_string(
                self.sea_orm.get_database_backend(),
                sql,
            ))
            .await
            .unwrap()
            .expect("one row")
            .try_get_by_index::<T>(0);
        let by_sea_orm = match result {
            Err(error) => error_chain(&error),
            Ok(id) => panic!("sea-orm read {id:?} from {column}"),
        };
        let result = runs::table
            .select(diesel::dsl::sql::<diesel::sql_types::Binary>(column))
            .first::<T>(&mut self.diesel);
        let by_diesel = match result {
            Err(error) => error_chain(&error),
            Ok(id) => panic!("diesel read {id:?} from {column}"),
        };
        [by_sqlx, by_sea_orm, by_diesel]
    }
}

#[tokio::test]
async fn a_typed_id_column_holding_anything_but_a_16_byte_blob_is_an_error_naming_the_type() {
    let file = TempDb::new("typed");
    let mut db = Readers::open(&file).await;
    // (the stored value, its storage class, what the error says was found, through sqlx, SeaORM and diesel)
    let cases: [(&str, &str, [&str; 3]); 7] = [
        (
            "'0123456789abcdef'",
            "text",
            [
                "error occurred while decoding column 0: cannot read `RunId` from this SQLite value: expected a 16-byte BLOB, found TEXT",
                "Error converting `TEXT` into `RunId`: column 0: expected a UUID (in SQLite a 16-byte BLOB), found TEXT",
                "Error deserializing field 'id': cannot read `RunId` from this SQLite value: expected a 16-byte BLOB, found TEXT",
            ],
        ),
        (
            "'run_01h455vb4pex5vsknk084sn02q'",
            "text",
            ["found TEXT", "found TEXT", "found TEXT"],
        ),
        ("'abc'", "text", ["found TEXT", "found TEXT", "found TEXT"]),
        ("42", "integer", ["INTEGER", "INTEGER", "found an INTEGER"]),
        ("1.5", "real", ["REAL", "REAL", "found a REAL"]),
        (
            "X'0102'",
            "blob",
            ["found 2", "found 2", "found a BLOB of 2 bytes"],
        ),
        (
            "X'01890a5dac96774bbcceb302099a805701'",
            "blob",
            ["found 17", "found 17", "found a BLOB of 17 bytes"],
        ),
    ];
    for (value, storage, found) in cases {
        db.store(value, value, SUBJECT, [storage, storage, "text"])
            .await;
        for (column, type_name) in [("id", "RunId"), ("owner", "UserId")] {
            let errors = match column {
                "id" => db.errors::<RunId>(column).await,
                _ => db.errors::<UserId>(column).await,
            };
            let found = found.map(|found| {
                found
                    .replace("RunId", type_name)
                    .replace("'id'", &format!("'{column}'"))
            });
            for ((library, error), found) in
                ["sqlx", "SeaORM", "diesel"].iter().zip(&errors).zip(&found)
            {
                assert!(
                    error.contains(&format!("{type_name}`")) && error.contains(found.as_str()),
                    "{library} reading {value} in {column} as {type_name}: expected an error naming the type and {found:?}, got {error:?}"
                );
            }
        }
    }

    // The entity as a whole, as an application reads it: the row is an error, and the well-formed row reads.
    db.store(
        "'0123456789abcdef'",
        "NULL",
        SUBJECT,
        ["text", "null", "text"],
    )
    .await;
    let error = run::Entity::find().one(&db.sea_orm).await.unwrap_err();
    assert!(error.to_string().contains("into `RunId`"), "{error}");
    db.store(RUN_BLOB, "NULL", SUBJECT, ["blob", "null", "text"])
        .await;
    let model = run::Entity::find().one(&db.sea_orm).await.unwrap().unwrap();
    assert_eq!(
        model.id,
        RunId::from_static("run_01h455vb4pex5vsknk084sn02q")
    );
    assert_eq!(model.owner, None);
}

#[tokio::test]
async fn an_any_id_column_holding_anything_but_text_is_an_error_naming_the_type() {
    let file = TempDb::new("any");
    let mut db = Readers::open(&file).await;
    for (value, storage, found) in [
        (RUN_BLOB, "blob", "BLOB"),
        ("X'0102'", "blob", "BLOB"),
        ("42", "integer", "INTEGER"),
        ("1.5", "real", "REAL"),
    ] {
        db.store(RUN_BLOB, "NULL", value, ["blob", "null", storage])
            .await;
        let row = sqlx::query("SELECT subject FROM runs")
            .fetch_one(&mut db.sqlx)
            .await
            .unwrap();
        let by_sqlx = error_chain(&row.try_get::<AnyId, _>(0).unwrap_err());
        let by_sea_orm = error_chain(&run::Entity::find().one(&db.sea_orm).await.unwrap_err());
        let by_diesel = error_chain(
            &runs::table
                .select(runs::subject)
                .first::<AnyId>(&mut db.diesel)
                .unwrap_err(),
        );
        for (library, error) in [
            ("sqlx", by_sqlx),
            ("SeaORM", by_sea_orm),
            ("diesel", by_diesel),
        ] {
            assert!(
                error.contains("AnyId`") && error.contains(found),
                "{library} reading {value} as AnyId: expected an error naming the type and {found}, got {error:?}"
            );
        }
    }
}
