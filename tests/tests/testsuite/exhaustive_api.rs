//! `IdTable`, the visitors, `id_type!` and `for_each_id_type!` on the root ids.toml, used from another crate the way
//! an application's crates use a shared `ids` crate.
//!
//! The literal and the visitor impls below name every kind on purpose: adding a kind to ids.toml makes this file
//! fail to compile until they handle it, which is the behaviour under test.

use id_runtime::TypedId;
use id_tests::ids::{self, AnyId, AnyIdVisitor, IdTable, IdType, IdTypeVisitor, RunId, UserId};

fn retention_days() -> IdTable<u32> {
    IdTable {
        user: 3650,
        session: 30,
        request: 7,
        agent: 365,
        tool: 365,
        transaction: 3650,
        websocket: 1,
        execution: 30,
        trace: 14,
        metric: 90,
        thread: 365,
        run: 30,
    }
}

#[test]
fn table_get_and_index_read_the_field_of_the_kind() {
    let table = retention_days();
    assert_eq!(*table.get(IdType::Transaction), 3650);
    assert_eq!(table[IdType::Websocket], 1);
    assert_eq!(table.run, 30);
}

#[test]
fn table_get_mut_and_index_mut_write_the_field_of_the_kind() {
    let mut table = retention_days();
    *table.get_mut(IdType::Run) = 31;
    table[IdType::Trace] += 1;
    assert_eq!((table.run, table.trace), (31, 15));
    for (_, days) in table.iter_mut() {
        *days = 0;
    }
    assert!(table.iter().all(|(_, days)| *days == 0));
}

#[test]
fn table_from_fn_calls_once_per_kind_in_manifest_order() {
    let mut seen = Vec::new();
    let table = IdTable::from_fn(|kind| {
        seen.push(kind);
        kind.prefix()
    });
    assert_eq!(seen, IdType::ALL);
    assert_eq!(table.transaction, "txn");
    assert_eq!(table.get(IdType::Execution), &"exec");
}

#[test]
fn table_iter_and_into_iter_follow_manifest_order() {
    let table = IdTable::from_fn(IdType::name);
    let kinds: Vec<IdType> = table.iter().map(|(kind, _)| kind).collect();
    assert_eq!(kinds, IdType::ALL);
    assert_eq!(table.iter().len(), IdType::COUNT);
    assert!(table.iter().all(|(kind, name)| kind.name() == *name));
    assert!((&table).into_iter().eq(table.iter()));
    let owned: Vec<(IdType, &str)> = table.into_iter().collect();
    assert_eq!(owned.last(), Some(&(IdType::Run, "run")));
}

#[test]
fn table_map_as_ref_and_as_mut_keep_each_entry_with_its_kind() {
    let table = IdTable::from_fn(|kind| kind.prefix().to_owned());
    let lengths = table.as_ref().map(String::len);
    assert_eq!(lengths.transaction, 3);
    assert_eq!(lengths, IdTable::from_fn(|kind| kind.prefix().len()));
    let mut table = table;
    table.as_mut().map(|prefix| prefix.push('_'));
    assert_eq!(table.websocket, "ws_");
}

/// Who may read IDs of each kind.
struct Audience;

impl IdTypeVisitor for Audience {
    type Output = &'static str;

    fn user(&mut self) -> &'static str {
        "support"
    }
    fn session(&mut self) -> &'static str {
        "security"
    }
    fn request(&mut self) -> &'static str {
        "oncall"
    }
    fn agent(&mut self) -> &'static str {
        "builders"
    }
    fn tool(&mut self) -> &'static str {
        "builders"
    }
    fn transaction(&mut self) -> &'static str {
        "finance"
    }
    fn websocket(&mut self) -> &'static str {
        "oncall"
    }
    fn execution(&mut self) -> &'static str {
        "builders"
    }
    fn trace(&mut self) -> &'static str {
        "oncall"
    }
    fn metric(&mut self) -> &'static str {
        "oncall"
    }
    fn thread(&mut self) -> &'static str {
        "support"
    }
    fn run(&mut self) -> &'static str {
        "builders"
    }
}

#[test]
fn id_type_accept_calls_the_method_named_after_the_kind() {
    assert_eq!(IdType::Transaction.accept(&mut Audience), "finance");
    assert_eq!(IdType::Run.accept(&mut Audience), "builders");
    // The visitor can be a trait object.
    let visitor: &mut dyn IdTypeVisitor<Output = &'static str> = &mut Audience;
    assert_eq!(IdType::Session.accept(visitor), "security");
}

/// Renders each ID as the URL of its resource, with the typed ID in hand.
struct Url {
    calls: usize,
}

impl AnyIdVisitor for Url {
    type Output = String;

    fn user(&mut self, id: UserId) -> String {
        self.calls += 1;
        format!("/users/{id}")
    }
    fn session(&mut self, id: ids::SessionId) -> String {
        format!("/sessions/{id}")
    }
    fn request(&mut self, id: ids::RequestId) -> String {
        format!("/requests/{id}")
    }
    fn agent(&mut self, id: ids::AgentId) -> String {
        format!("/agents/{id}")
    }
    fn tool(&mut self, id: ids::ToolId) -> String {
        format!("/tools/{id}")
    }
    fn transaction(&mut self, id: ids::TransactionId) -> String {
        format!("/transactions/{id}")
    }
    fn websocket(&mut self, id: ids::WebsocketId) -> String {
        format!("/websockets/{id}")
    }
    fn execution(&mut self, id: ids::ExecutionId) -> String {
        format!("/executions/{id}")
    }
    fn trace(&mut self, id: ids::TraceId) -> String {
        format!("/traces/{id}")
    }
    fn metric(&mut self, id: ids::MetricId) -> String {
        format!("/metrics/{id}")
    }
    fn thread(&mut self, id: ids::ThreadId) -> String {
        format!("/threads/{id}")
    }
    fn run(&mut self, id: RunId) -> String {
        self.calls += 1;
        format!("/runs/{}", id.uuid())
    }
}

#[test]
fn any_id_accept_passes_the_typed_id() {
    let run = RunId::new();
    let mut url = Url { calls: 0 };
    assert_eq!(
        AnyId::from(run).accept(&mut url),
        format!("/runs/{}", run.uuid())
    );
    let user = UserId::new();
    assert_eq!(AnyId::from(user).accept(&mut url), format!("/users/{user}"));
    assert_eq!(url.calls, 2);
}

#[test]
fn id_type_macro_names_a_kind_from_another_crate() {
    assert_eq!(ids::id_type!(run), IdType::Run);
    assert_eq!(id_tests::ids::id_type!(transaction), IdType::Transaction);
    assert_eq!(ids::id_type!(run), RunId::TYPE);
    assert_eq!(<RunId as TypedId>::INFO.name, "run");
    // In patterns too.
    let is_run = |kind| matches!(kind, ids::id_type!(run));
    assert!(is_run(IdType::Run));
    assert!(!is_run(IdType::User));
}

macro_rules! kind_rows {
    ($(($key:ident, $variant:ident, $type_name:ident, $prefix:literal)),* $(,)?) => {
        /// Generated from `for_each_id_type!`: the key, variant, newtype name and prefix of every kind.
        const ROWS: &[(&str, IdType, &str, &str)] =
            &[$((stringify!($key), IdType::$variant, stringify!($type_name), $prefix)),*];

        /// Generated from the same list: the typed parse of each kind, dispatched without a catch-all.
        fn parses_as(kind: IdType, text: &str) -> bool {
            match kind {
                $(IdType::$variant => ids::$type_name::parse(text).is_ok(),)*
            }
        }
    };
}

ids::for_each_id_type!(kind_rows);

#[test]
fn for_each_id_type_lists_every_kind_in_manifest_order() {
    assert_eq!(ROWS.len(), IdType::COUNT);
    for ((key, kind, type_name, prefix), expected) in ROWS.iter().zip(IdType::ALL) {
        assert_eq!(*kind, expected);
        assert_eq!(*key, expected.name());
        assert_eq!(*prefix, expected.prefix());
        assert!(type_name.ends_with("Id"), "{type_name}");
    }
    assert!(ROWS.contains(&("transaction", IdType::Transaction, "TransactionId", "txn")));
    let run = RunId::new().to_string();
    assert!(parses_as(IdType::Run, &run));
    assert!(!parses_as(IdType::User, &run));
}

#[test]
fn table_equality_hash_and_debug_look_at_every_entry() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};
    let hash = |table: &IdTable<u32>| {
        let mut hasher = DefaultHasher::new();
        table.hash(&mut hasher);
        hasher.finish()
    };
    let table = retention_days();
    let mut changed = table;
    assert_eq!(changed, table);
    assert_eq!(hash(&changed), hash(&table));
    changed.run += 1; // the last field: a comparison that stopped early would miss it
    assert_ne!(changed, table);
    assert_ne!(hash(&changed), hash(&table));
    let debug = format!("{table:?}");
    assert!(
        debug.starts_with("IdTable { user: 3650, session: 30,"),
        "{debug}"
    );
    assert!(debug.ends_with("thread: 365, run: 30 }"), "{debug}");
}
