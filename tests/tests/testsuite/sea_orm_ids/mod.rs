//! SeaORM 2 on a real SQLite file and on PostgreSQL: entities whose fields are typed IDs (`RunId` as primary key,
//! `Option<UserId>`, `AnyId`, PostgreSQL `Vec<…>` arrays), with no wrapper type.
//!
//! `exercise` runs the same entity through both databases; each database's module adds what only it can check (the
//! stored bytes and types, sqlx reading the same rows, arrays).

mod postgres;
mod sqlite;

use id_tests::ids::{AnyId, RunId, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, Schema,
};

/// The entity every test uses: a run, who owns it (maybe nobody) and what it is about (an ID of any kind).
pub mod run {
    use id_tests::ids::{AnyId, RunId, UserId};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "runs")]
    pub struct Model {
        // IDs are made by the application, never numbered by the database.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: RunId,
        pub owner: Option<UserId>,
        pub subject: AnyId,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Creates `runs` as sea-orm declares it from the entity (so the column types come from our `ValueType` impls).
pub async fn create_runs(db: &DatabaseConnection) {
    let schema = Schema::new(db.get_database_backend());
    db.execute(&schema.create_table_from_entity(run::Entity))
        .await
        .expect("CREATE TABLE runs");
}

/// Inserts 12 runs (in reverse creation order, so that ordering has work to do; every third without an owner) and
/// checks what sea-orm reads back. Returns the runs in creation order and the owner.
pub async fn exercise(db: &DatabaseConnection) -> (Vec<RunId>, UserId) {
    create_runs(db).await;
    let owner = UserId::new();
    let runs: Vec<RunId> = (0..12).map(|_| RunId::new()).collect();
    let owner_of = |i: usize| (i % 3 != 0).then_some(owner);
    for (i, id) in runs.iter().enumerate().rev() {
        let inserted = run::ActiveModel {
            id: Set(*id),
            owner: Set(owner_of(i)),
            subject: Set(AnyId::from(owner)),
        }
        .insert(db)
        .await
        .expect("insert");
        assert_eq!(
            inserted.id, *id,
            "the inserted model carries the ID it was given"
        );
    }

    let found = run::Entity::find_by_id(runs[4]).one(db).await.unwrap();
    assert_eq!(
        found,
        Some(run::Model {
            id: runs[4],
            owner: Some(owner),
            subject: AnyId::User(owner)
        })
    );
    let nobody = run::Entity::find_by_id(runs[3])
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(nobody.owner, None, "a NULL owner reads back as None");
    assert_eq!(
        run::Entity::find_by_id(RunId::new()).one(db).await.unwrap(),
        None
    );

    let ordered: Vec<RunId> = run::Entity::find()
        .order_by_asc(run::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|model| model.id)
        .collect();
    assert_eq!(
        ordered, runs,
        "IDs made by new() in sequence sort in creation order"
    );

    let wanted = [runs[0], runs[5], runs[11], RunId::new()];
    let picked: Vec<RunId> = run::Entity::find()
        .filter(run::Column::Id.is_in(wanted))
        .order_by_desc(run::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|model| model.id)
        .collect();
    assert_eq!(picked, [runs[11], runs[5], runs[0]]);

    let ownerless: Vec<RunId> = run::Entity::find()
        .filter(run::Column::Owner.is_null())
        .order_by_asc(run::Column::Id)
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|model| model.id)
        .collect();
    assert_eq!(ownerless, [runs[0], runs[3], runs[6], runs[9]]);
    let owned = run::Entity::find()
        .filter(run::Column::Owner.eq(owner))
        .filter(run::Column::Subject.eq(AnyId::User(owner)))
        .all(db)
        .await
        .unwrap();
    assert_eq!(owned.len(), 8);

    // An update through the active model writes the new values.
    let mut changed: run::ActiveModel = nobody.into();
    changed.owner = Set(Some(owner));
    changed.subject = Set(AnyId::from(runs[0]));
    changed.update(db).await.unwrap();
    let changed = run::Entity::find_by_id(runs[3])
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (changed.owner, changed.subject),
        (Some(owner), AnyId::Run(runs[0]))
    );

    (runs, owner)
}
