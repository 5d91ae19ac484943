//! SeaORM on the PostgreSQL server CI starts (`scripts/start-postgres.sh`): typed IDs are native `uuid` columns and
//! `Vec<RunId>` is `uuid[]`, bound as an array parameter (`id = ANY($1)`) and stored as an array column.
//!
//! Each test works in a schema of its own. Without a reachable server the test is skipped with a message on the real
//! stderr, unless IDS_REQUIRE_POSTGRES=1 or CI is set, where that is a failure.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use id_tests::ids::{AnyId, RunId, UserId};
use sea_orm::sea_query::{Expr, ExprTrait, extension::postgres::PgFunc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectOptions, ConnectionTrait, Database,
    DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QueryOrder, QueryResult, Schema,
    Statement, Value,
};

use super::exercise;

/// Arrays of IDs: the runs of a batch and who may see it, as PostgreSQL arrays.
mod batch {
    use id_tests::ids::{AnyId, RunId, UserId};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "batches")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: RunId,
        pub members: Vec<UserId>,
        pub watchers: Option<Vec<UserId>>,
        pub subjects: Vec<AnyId>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A schema of this test's own on the server; `None` (after a loud skip) when there is no server.
struct Scratch {
    admin: DatabaseConnection,
    schema: String,
    db: DatabaseConnection,
}

impl Scratch {
    async fn new(test: &str) -> Option<Scratch> {
        let url = std::env::var("IDS_POSTGRES_URL")
            .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_owned());
        // A refused connection is retried until the pool's timeout: seconds, not the default 30, before a skip.
        let mut options = ConnectOptions::new(&url);
        options
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(3));
        let admin = match Database::connect(options).await {
            Ok(admin) => admin,
            Err(error) if std::env::var("IDS_REQUIRE_POSTGRES").as_deref() == Ok("1") => {
                panic!("IDS_REQUIRE_POSTGRES=1 but PostgreSQL at {url} is unreachable: {error}")
            }
            Err(error) => {
                let reason = format!(
                    "PostgreSQL at {url} is unreachable ({error}); run scripts/start-postgres.sh \
                     (or set IDS_POSTGRES_URL) to run it"
                );
                crate::common::skip(test, &reason, true);
                return None;
            }
        };
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let schema = format!(
            "ids_sea_orm_{}_{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        admin
            .execute_unprepared(&format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
            ))
            .await
            .unwrap();
        let mut options = ConnectOptions::new(&url);
        options.max_connections(1).set_schema_search_path(&schema);
        let db = Database::connect(options).await.unwrap();
        Some(Scratch { admin, schema, db })
    }

    async fn drop_schema(self) {
        self.db.close().await.unwrap();
        self.admin
            .execute_unprepared(&format!("DROP SCHEMA {} CASCADE", self.schema))
            .await
            .unwrap();
    }
}

async fn query_one(db: &DatabaseConnection, sql: &str, values: Vec<Value>) -> QueryResult {
    let statement = Statement::from_sql_and_values(DbBackend::Postgres, sql, values);
    db.query_one_raw(statement).await.unwrap().expect("a row")
}

#[tokio::test]
async fn an_entity_of_typed_ids_in_postgres() {
    let Some(scratch) =
        Scratch::new("sea_orm_ids::postgres::an_entity_of_typed_ids_in_postgres").await
    else {
        return;
    };
    let db = &scratch.db;
    let (runs, owner) = exercise(db).await;

    let row = query_one(
        db,
        "SELECT pg_typeof(id)::text AS id, pg_typeof(owner)::text AS owner, pg_typeof(subject)::text AS subject, \
         id::text AS uuid FROM runs WHERE id = $1",
        vec![runs[2].into()],
    )
    .await;
    let types: Vec<String> = ["id", "owner", "subject"]
        .map(|column| row.try_get("", column).unwrap())
        .to_vec();
    assert_eq!(types, ["uuid", "uuid", "text"]);
    assert_eq!(
        row.try_get::<String>("", "uuid").unwrap(),
        runs[2].uuid().to_string()
    );

    // A Vec<RunId> is one array parameter: `= ANY($1)`, built by sea-query or written by hand.
    let wanted = vec![runs[1], runs[7], RunId::new()];
    let picked: Vec<RunId> = super::run::Entity::find()
        .filter(Expr::col(super::run::Column::Id).eq(PgFunc::any(wanted.clone())))
        .order_by_asc(super::run::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|model| model.id)
        .collect();
    assert_eq!(picked, [runs[1], runs[7]]);
    let row = query_one(
        db,
        "SELECT array_agg(id ORDER BY id) AS ids, array_agg(DISTINCT owner) AS owners FROM runs \
         WHERE id = ANY($1)",
        vec![wanted.into()],
    )
    .await;
    assert_eq!(
        row.try_get::<Vec<RunId>>("", "ids").unwrap(),
        [runs[1], runs[7]]
    );
    assert_eq!(row.try_get::<Vec<UserId>>("", "owners").unwrap(), [owner]);

    scratch.drop_schema().await;
}

#[tokio::test]
async fn arrays_of_ids_as_postgres_array_columns() {
    let Some(scratch) =
        Scratch::new("sea_orm_ids::postgres::arrays_of_ids_as_postgres_array_columns").await
    else {
        return;
    };
    let db = &scratch.db;
    let schema = Schema::new(DbBackend::Postgres);
    db.execute(&schema.create_table_from_entity(batch::Entity))
        .await
        .unwrap();

    let members: Vec<UserId> = (0..3).map(|_| UserId::new()).collect();
    let run = RunId::new();
    let subjects = vec![AnyId::from(run), AnyId::from(members[0])];
    let full = batch::Model {
        id: RunId::new(),
        members: members.clone(),
        watchers: Some(vec![members[2]]),
        subjects: subjects.clone(),
    };
    let empty = batch::Model {
        id: RunId::new(),
        members: Vec::new(),
        watchers: None,
        subjects: Vec::new(),
    };
    for model in [&full, &empty] {
        batch::ActiveModel {
            id: Set(model.id),
            members: Set(model.members.clone()),
            watchers: Set(model.watchers.clone()),
            subjects: Set(model.subjects.clone()),
        }
        .insert(db)
        .await
        .unwrap();
    }
    let read = batch::Entity::find()
        .order_by_asc(batch::Column::Id)
        .all(db)
        .await
        .unwrap();
    assert_eq!(read, [full.clone(), empty.clone()]);

    let row = query_one(
        db,
        "SELECT pg_typeof(members)::text AS members, pg_typeof(subjects)::text AS subjects, \
         members[2]::text AS second FROM batches WHERE id = $1",
        vec![full.id.into()],
    )
    .await;
    assert_eq!(row.try_get::<String>("", "members").unwrap(), "uuid[]");
    assert_eq!(row.try_get::<String>("", "subjects").unwrap(), "text[]");
    assert_eq!(
        row.try_get::<String>("", "second").unwrap(),
        members[1].uuid().to_string()
    );

    // Which batches a user is in: the array column against one ID.
    let with_member = batch::Entity::find()
        .filter(Expr::val(members[1]).eq(PgFunc::any(Expr::col(batch::Column::Members))))
        .all(db)
        .await
        .unwrap();
    assert_eq!(with_member, [full]);

    scratch.drop_schema().await;
}

#[tokio::test]
async fn values_that_are_not_ids_fail_to_read_in_postgres() {
    let Some(scratch) =
        Scratch::new("sea_orm_ids::postgres::values_that_are_not_ids_fail_to_read_in_postgres")
            .await
    else {
        return;
    };
    let row = query_one(
        &scratch.db,
        "SELECT 'run_01h455vb4pex5vsknk084sn02q'::text AS text_id, \
         ARRAY['user_01h455vb4pex5vsknk084sn02q', 'usr_01h455vb4pex5vsknk084sn02q'] AS subjects",
        Vec::new(),
    )
    .await;
    let error = row.try_get::<RunId>("", "text_id").unwrap_err();
    let message = format!("{error:?}");
    assert!(
        message.contains("from: \"TEXT\", into: \"RunId\"") && message.contains("text_id"),
        "the error names the type, the column and what it holds: {message}"
    );
    let error = row.try_get::<Vec<AnyId>>("", "subjects").unwrap_err();
    let message = format!("{error:?}");
    assert!(
        message.contains("into: \"AnyId\"") && message.contains("UnknownPrefix { found: \"usr\""),
        "names AnyId and the prefix: {message}"
    );
    scratch.drop_schema().await;
}
