//! diesel-postgres with diesel's `uuid` feature off: typed IDs are native `uuid`, `eq_any` binds one `uuid[]`,
//! `AnyId` is text, and a derived struct holds them directly.
//!
//! Needs a server: IDS_POSTGRES_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres
//! (`bash scripts/start-postgres.sh` starts one).

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::sql_types::Text;
use ids::{AnyId, RunId, UserId};

diesel::table! {
    runs (id) {
        id -> Uuid,
        owner -> Nullable<Uuid>,
        subject -> Text,
    }
}

#[derive(Queryable, Selectable, Insertable, Debug, PartialEq)]
#[diesel(table_name = runs, check_for_backend(diesel::pg::Pg))]
struct Run {
    id: RunId,
    owner: Option<UserId>,
    subject: AnyId,
}

fn main() {
    let url = std::env::var("IDS_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres:postgres@127.0.0.1:5432/postgres".to_owned());
    let mut db = PgConnection::establish(&url)
        .unwrap_or_else(|error| panic!("PostgreSQL at {url} is unreachable: {error}"));
    // A temporary table lives on this connection only, so concurrent runs cannot collide.
    diesel::sql_query("CREATE TEMPORARY TABLE runs (id uuid PRIMARY KEY, owner uuid, subject text NOT NULL)")
        .execute(&mut db)
        .unwrap();
    let user = UserId::new();
    let ids: Vec<RunId> = (0..5).map(|_| RunId::new()).collect();
    let rows: Vec<Run> = ids
        .iter()
        .enumerate()
        .rev()
        .map(|(i, &id)| Run { id, owner: (i != 0).then_some(user), subject: AnyId::from(id) })
        .collect();
    diesel::insert_into(runs::table).values(&rows).execute(&mut db).unwrap();

    let found = runs::table
        .filter(runs::id.eq(ids[2]))
        .select(Run::as_select())
        .first(&mut db)
        .unwrap();
    assert_eq!(found, Run { id: ids[2], owner: Some(user), subject: AnyId::Run(ids[2]) });
    let pg_type: String = runs::table.find(ids[2]).select(sql::<Text>("pg_typeof(id)::text")).first(&mut db).unwrap();
    assert_eq!(pg_type, "uuid");

    let ordered: Vec<RunId> = runs::table.select(runs::id).order_by(runs::id).load(&mut db).unwrap();
    assert_eq!(ordered, ids, "v7 IDs sort by creation time");
    let wanted = vec![ids[1], ids[3]];
    let query = runs::table.select(runs::id).filter(runs::id.eq_any(&wanted)).order_by(runs::id);
    let shown = diesel::debug_query::<diesel::pg::Pg, _>(&query).to_string();
    assert!(shown.contains("= ANY($1)"), "one uuid[] parameter: {shown}");
    assert_eq!(query.load::<RunId>(&mut db).unwrap(), wanted);

    let unowned: Vec<(RunId, Option<UserId>)> = runs::table
        .select((runs::id, runs::owner))
        .filter(runs::owner.is_null())
        .load(&mut db)
        .unwrap();
    assert_eq!(unowned, [(ids[0], None)]);
    println!("diesel-postgres: ok ({} rows)", ordered.len());
}
