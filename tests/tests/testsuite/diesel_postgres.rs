//! diesel on a real PostgreSQL server: typed IDs are native `uuid` values, `eq_any` binds one `uuid[]`, `AnyId` is
//! `text`.
//!
//! The server comes from `scripts/start-postgres.sh` (CI runs it). Without a reachable server the test is skipped
//! with a message on the real stderr, unless IDS_REQUIRE_POSTGRES=1 or CI is set, where that is a failure. Each
//! test makes its tables with CREATE TEMP TABLE: they live in the connection's own schema (`pg_temp_N`), so tests
//! and concurrent runs on the same server never see each other's rows.

use diesel::dsl::sql;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::sql_types::{Text, Uuid};
use id_tests::ids::{AnyId, RunId, UserId};

diesel::table! {
    runs (id) {
        id -> Uuid,
        owner -> Nullable<Uuid>,
        subject -> Text,
    }
}

/// IDs as fields, with no wrapper: what a user writes.
#[derive(Queryable, Selectable, Insertable, Debug, PartialEq, Clone)]
#[diesel(table_name = runs, check_for_backend(Pg))]
struct Run {
    id: RunId,
    owner: Option<UserId>,
    subject: AnyId,
}

fn connect(test: &str) -> Option<PgConnection> {
    let url = crate::common::postgres_url();
    match PgConnection::establish(&url) {
        Ok(mut db) => {
            diesel::sql_query(
                "CREATE TEMP TABLE runs (id uuid PRIMARY KEY, owner uuid, subject text NOT NULL)",
            )
            .execute(&mut db)
            .unwrap();
            Some(db)
        }
        Err(error) => {
            crate::common::postgres_unreachable(test, &url, &error);
            None
        }
    }
}

#[test]
fn derived_structs_hold_native_uuids_and_eq_any_binds_an_array() {
    let Some(mut db) =
        connect("diesel_postgres::derived_structs_hold_native_uuids_and_eq_any_binds_an_array")
    else {
        return;
    };
    let user = UserId::new();
    let ids: Vec<RunId> = (0..20).map(|_| RunId::new()).collect();
    let rows: Vec<Run> = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| Run {
            id,
            owner: (i % 3 != 0).then_some(user),
            subject: AnyId::from(id),
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
        .filter(runs::id.eq(ids[3]))
        .select(Run::as_select())
        .first(&mut db)
        .unwrap();
    assert_eq!(found, rows[3]);
    let (pg_type, text): (String, String) = runs::table
        .find(&ids[3])
        .select((sql::<Text>("pg_typeof(id)::text"), sql::<Text>("id::text")))
        .first(&mut db)
        .unwrap();
    assert_eq!(
        (pg_type.as_str(), text),
        ("uuid", ids[3].uuid().to_string())
    );

    let ordered: Vec<RunId> = runs::table
        .select(runs::id)
        .order_by(runs::id)
        .load(&mut db)
        .unwrap();
    assert_eq!(ordered, ids, "v7 IDs sort by creation time");

    let some = vec![ids[0], ids[5], ids[9]];
    let query = runs::table
        .select(runs::id)
        .filter(runs::id.eq_any(&some))
        .order_by(runs::id);
    let shown = diesel::debug_query::<Pg, _>(&query).to_string();
    assert!(
        shown.contains("= ANY($1)"),
        "one array parameter, not one per ID: {shown}"
    );
    assert_eq!(query.load::<RunId>(&mut db).unwrap(), some);
    let none_of: i64 = runs::table
        .filter(runs::id.ne_all(&some))
        .count()
        .get_result(&mut db)
        .unwrap();
    assert_eq!(none_of, 17);

    // `Option<UserId>`: `None` is SQL NULL, read back as `None`.
    let unowned: Vec<Option<UserId>> = runs::table
        .select(runs::owner)
        .filter(runs::owner.is_null())
        .load(&mut db)
        .unwrap();
    assert_eq!(unowned, vec![None; 7]);
    let owned: Vec<RunId> = runs::table
        .select(runs::id)
        .filter(runs::owner.eq(user))
        .order_by(runs::id)
        .load(&mut db)
        .unwrap();
    assert_eq!(
        owned,
        ids.iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 0)
            .map(|(_, &id)| id)
            .collect::<Vec<_>>()
    );

    // `AnyId` is its TypeID text.
    let subject: String = runs::table
        .find(ids[4])
        .select(sql::<Text>("subject"))
        .first(&mut db)
        .unwrap();
    assert_eq!(subject, ids[4].to_string());
    let by_subject: RunId = runs::table
        .filter(runs::subject.eq(AnyId::from(ids[4])))
        .select(runs::id)
        .first(&mut db)
        .unwrap();
    assert_eq!(by_subject, ids[4]);
}

#[test]
fn values_of_the_wrong_size_fail_to_decode_instead_of_being_misread() {
    let Some(mut db) = connect(
        "diesel_postgres::values_of_the_wrong_size_fail_to_decode_instead_of_being_misread",
    ) else {
        return;
    };
    // Two bytes and a TypeID's text, each handed to the decoder as if it were a `uuid`.
    let error = diesel::select(sql::<Uuid>("'\\x0102'::bytea"))
        .get_result::<RunId>(&mut db)
        .unwrap_err();
    let error = crate::common::error_chain(&error);
    assert_eq!(
        error,
        "Error deserializing field 'bytea': cannot read `RunId` from this PostgreSQL value: a `uuid` is 16 bytes, this one has 2"
    );
    let error = diesel::select(sql::<Uuid>("'user_01h455vb4pex5vsknk084sn02q'::text"))
        .get_result::<UserId>(&mut db)
        .unwrap_err();
    let error = crate::common::error_chain(&error);
    assert_eq!(
        error,
        "Error deserializing field 'text': cannot read `UserId` from this PostgreSQL value: a `uuid` is 16 bytes, this one has 31"
    );

    let error = diesel::select(sql::<Text>("'usr_01h455vb4pex5vsknk084sn02q'"))
        .get_result::<AnyId>(&mut db)
        .unwrap_err();
    let error = crate::common::error_chain(&error);
    assert!(error.contains("did you mean `user`?"), "{error}");

    let run = RunId::from_static("run_01h455vb4pex5vsknk084sn02q");
    let read: (RunId, AnyId) = diesel::select((
        sql::<Uuid>("'01890a5d-ac96-774b-bcce-b302099a8057'::uuid"),
        sql::<Text>("'run_01h455vb4pex5vsknk084sn02q'"),
    ))
    .get_result(&mut db)
    .unwrap();
    assert_eq!(read, (run, AnyId::Run(run)));
}
