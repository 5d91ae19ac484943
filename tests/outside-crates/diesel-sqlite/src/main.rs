//! diesel-sqlite with diesel's `uuid` feature off: typed IDs are 16-byte BLOBs (`Binary`), `AnyId` is TEXT, and a
//! derived struct holds them directly.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use ids::{AnyId, RunId, UserId};

diesel::table! {
    runs (id) {
        id -> Binary,
        owner -> Nullable<Binary>,
        subject -> Text,
    }
}

#[derive(Queryable, Selectable, Insertable, Debug, PartialEq)]
#[diesel(table_name = runs, check_for_backend(diesel::sqlite::Sqlite))]
struct Run {
    id: RunId,
    owner: Option<UserId>,
    subject: AnyId,
}

fn main() {
    let mut db = SqliteConnection::establish(":memory:").unwrap();
    diesel::sql_query("CREATE TABLE runs (id BLOB PRIMARY KEY, owner BLOB, subject TEXT NOT NULL)")
        .execute(&mut db)
        .unwrap();
    let user = UserId::new();
    let ids: Vec<RunId> = (0..5).map(|_| RunId::new()).collect();
    for (i, &id) in ids.iter().enumerate().rev() {
        let owner = (i != 0).then_some(user);
        let run = Run { id, owner, subject: AnyId::from(id) };
        diesel::insert_into(runs::table).values(&run).execute(&mut db).unwrap();
    }

    let found = runs::table
        .filter(runs::id.eq(ids[2]))
        .select(Run::as_select())
        .first(&mut db)
        .unwrap();
    assert_eq!(found, Run { id: ids[2], owner: Some(user), subject: AnyId::Run(ids[2]) });
    let len: i64 = runs::table.find(ids[2]).select(sql::<BigInt>("length(id)")).first(&mut db).unwrap();
    assert_eq!(len, 16);

    let ordered: Vec<RunId> = runs::table.select(runs::id).order_by(runs::id).load(&mut db).unwrap();
    assert_eq!(ordered, ids, "v7 IDs sort by creation time as BLOBs");
    let some: Vec<RunId> = runs::table
        .select(runs::id)
        .filter(runs::id.eq_any([ids[1], ids[3]]))
        .order_by(runs::id)
        .load(&mut db)
        .unwrap();
    assert_eq!(some, [ids[1], ids[3]]);

    let unowned: Vec<(RunId, Option<UserId>)> = runs::table
        .select((runs::id, runs::owner))
        .filter(runs::owner.is_null())
        .load(&mut db)
        .unwrap();
    assert_eq!(unowned, [(ids[0], None)]);
    println!("diesel-sqlite: ok ({} rows)", ordered.len());
}
