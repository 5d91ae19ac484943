//! `AnyId` writes out the traits that were derives before (derives over 1000 variants were too slow to compile);
//! it must behave exactly as the derives did. The reference is the enum those derives were on, written out here
//! with the real derives, and each trait is compared on every kind: the bytes fed to the hasher, the order of
//! every pair, equality and `Debug`.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

use id_runtime::Uuid;
use id_tests::ids::{
    AgentId, AnyId, ExecutionId, IdType, MetricId, RequestId, RunId, SessionId, ThreadId, ToolId,
    TraceId, TransactionId, UserId, WebsocketId,
};

/// `AnyId` as it was declared with `#[derive]`: one variant per kind, in manifest order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
enum DerivedAnyId {
    User(UserId),
    Session(SessionId),
    Request(RequestId),
    Agent(AgentId),
    Tool(ToolId),
    Transaction(TransactionId),
    Websocket(WebsocketId),
    Execution(ExecutionId),
    Trace(TraceId),
    Metric(MetricId),
    Thread(ThreadId),
    Run(RunId),
}

/// The same value as the generated `AnyId` and as the derived reference.
fn both(kind: IdType, uuid: Uuid) -> (AnyId, DerivedAnyId) {
    macro_rules! pair {
        ($variant:ident, $type:ident) => {
            (
                AnyId::$variant($type::from_uuid(uuid)),
                DerivedAnyId::$variant($type::from_uuid(uuid)),
            )
        };
    }
    match kind {
        IdType::User => pair!(User, UserId),
        IdType::Session => pair!(Session, SessionId),
        IdType::Request => pair!(Request, RequestId),
        IdType::Agent => pair!(Agent, AgentId),
        IdType::Tool => pair!(Tool, ToolId),
        IdType::Transaction => pair!(Transaction, TransactionId),
        IdType::Websocket => pair!(Websocket, WebsocketId),
        IdType::Execution => pair!(Execution, ExecutionId),
        IdType::Trace => pair!(Trace, TraceId),
        IdType::Metric => pair!(Metric, MetricId),
        IdType::Thread => pair!(Thread, ThreadId),
        IdType::Run => pair!(Run, RunId),
    }
}

/// Every kind with UUIDs at the edges, in the middle and at a byte boundary: 60 values.
fn values() -> Vec<(AnyId, DerivedAnyId)> {
    let uuids = [
        0,
        1,
        0xff,
        0x0189_0a5d_ac96_774b_bcce_b302_0999_8057,
        u128::MAX,
    ];
    IdType::ALL
        .into_iter()
        .flat_map(|kind| uuids.map(|value| both(kind, Uuid::from_u128(value))))
        .collect()
}

/// A hasher that keeps every byte written to it, so that two `Hash` impls are compared on what they feed a
/// hasher (any hasher), not on one hash function's output.
#[derive(Default)]
struct Recorder(Vec<u8>);

impl Hasher for Recorder {
    fn finish(&self) -> u64 {
        0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }
}

fn hashed<T: Hash>(value: &T) -> Vec<u8> {
    let mut recorder = Recorder::default();
    value.hash(&mut recorder);
    recorder.0
}

#[test]
fn any_id_hashes_exactly_as_the_derive() {
    for (any, derived) in values() {
        let bytes = hashed(&any);
        assert_eq!(bytes, hashed(&derived), "{any:?}");
        // The derive writes the variant's index (as `isize`), then the UUID's 16 bytes after their length.
        assert_eq!(
            bytes[..8],
            (any.id_type() as isize).to_ne_bytes(),
            "{any:?}"
        );
        assert_eq!(bytes[bytes.len() - 16..], *any.uuid().as_bytes(), "{any:?}");
    }
}

#[test]
fn any_id_orders_and_compares_exactly_as_the_derive() {
    let values = values();
    for (a, derived_a) in &values {
        for (b, derived_b) in &values {
            assert_eq!(a.cmp(b), derived_a.cmp(derived_b), "{a:?} vs {b:?}");
            assert_eq!(a.partial_cmp(b), derived_a.partial_cmp(derived_b));
            assert_eq!(a == b, derived_a == derived_b, "{a:?} == {b:?}");
        }
    }
    // Kind first (manifest order: user before run), then the UUID, whatever the UUIDs.
    let user_high = AnyId::User(UserId::from_uuid(Uuid::max()));
    let run_low = AnyId::Run(RunId::from_uuid(Uuid::nil()));
    assert_eq!(user_high.cmp(&run_low), Ordering::Less);
}

#[test]
fn any_id_prints_exactly_as_the_derive() {
    for (any, derived) in values() {
        // A derived `Debug` prints the variant, not the enum's name, so the texts are equal.
        assert_eq!(format!("{any:?}"), format!("{derived:?}"));
        assert_eq!(format!("{any:#?}"), format!("{derived:#?}"));
    }
    let run = RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap();
    assert_eq!(
        format!("{:?}", AnyId::Run(run)),
        "Run(RunId(run_01h455vb4pex5vsknk084sn02q))"
    );
    assert_eq!(
        format!("{:#?}", AnyId::Run(run)),
        "Run(\n    RunId(run_01h455vb4pex5vsknk084sn02q),\n)"
    );
    assert_eq!(format!("{:?}", IdType::Transaction), "Transaction");
    assert_eq!(format!("{:?}", IdType::ALL[0]), "User");
}

/// The newtypes hash, order and compare as their UUID (derives over the one field).
#[test]
fn typed_ids_hash_and_order_as_their_uuid() {
    let uuids = [0, 1, 0xff, 1 << 64, u128::MAX].map(Uuid::from_u128);
    for a in uuids {
        assert_eq!(hashed(&RunId::from_uuid(a)), hashed(&a));
        for b in uuids {
            assert_eq!(RunId::from_uuid(a).cmp(&RunId::from_uuid(b)), a.cmp(&b));
            assert_eq!(
                RunId::from_uuid(a).partial_cmp(&RunId::from_uuid(b)),
                a.partial_cmp(&b)
            );
            assert_eq!(RunId::from_uuid(a) == RunId::from_uuid(b), a == b);
        }
    }
}
