//! SeaORM with none of its default features (no `with-uuid`): an entity whose key is a `RunId`, with an optional
//! `UserId` and an `AnyId`, on in-memory SQLite.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

mod run {
    use crate::ids::{AnyId, RunId, UserId};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "runs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)] // IDs are made by the application
        pub id: RunId,
        pub owner: Option<UserId>,
        pub subject: AnyId,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

use ids::{AnyId, RunId, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, Database, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Schema,
};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), sea_orm::DbErr> {
    let db = Database::connect("sqlite::memory:").await?;
    let schema = Schema::new(db.get_database_backend());
    db.execute(&schema.create_table_from_entity(run::Entity))
        .await?;

    let user = UserId::new();
    let runs: Vec<RunId> = (0..5).map(|_| RunId::new()).collect();
    for (i, id) in runs.iter().enumerate().rev() {
        let owner = (i != 0).then_some(user);
        let model = run::ActiveModel {
            id: Set(*id),
            owner: Set(owner),
            subject: Set(AnyId::from(*id)),
        };
        model.insert(&db).await?;
    }

    let found = run::Entity::find_by_id(runs[2]).one(&db).await?;
    assert_eq!(
        found,
        Some(run::Model {
            id: runs[2],
            owner: Some(user),
            subject: AnyId::Run(runs[2])
        })
    );
    let ordered: Vec<RunId> = run::Entity::find()
        .order_by_asc(run::Column::Id)
        .all(&db)
        .await?
        .into_iter()
        .map(|run| run.id)
        .collect();
    assert_eq!(ordered, runs, "v7 IDs sort by creation time");
    let picked = run::Entity::find()
        .filter(run::Column::Id.is_in([runs[1], runs[3]]))
        .count(&db)
        .await?;
    assert_eq!(picked, 2);
    let ownerless = run::Entity::find()
        .filter(run::Column::Owner.is_null())
        .all(&db)
        .await?;
    assert_eq!(
        ownerless.iter().map(|run| run.id).collect::<Vec<_>>(),
        [runs[0]]
    );

    // The stored key is the 16-byte BLOB the sqlx-sqlite integration writes.
    let stored = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT typeof(id) AS kind, length(id) AS len FROM runs LIMIT 1",
        ))
        .await?
        .expect("a row");
    assert_eq!(stored.try_get::<String>("", "kind")?, "blob");
    assert_eq!(stored.try_get::<i64>("", "len")?, 16);
    println!("sea-orm: ok ({} rows)", ordered.len());
    Ok(())
}
