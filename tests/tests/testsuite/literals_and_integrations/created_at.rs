//! `created_at()`: the timestamp of a UUIDv7 as a `SystemTime`, `None` for other versions.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use id_runtime::Uuid;
use id_tests::ids::{AnyId, RunId};

use super::migration;

/// Milliseconds since the epoch, as uuid's own reading of the timestamp gives them.
fn uuid_crate_millis(uuid: Uuid) -> u64 {
    let (seconds, nanos) = uuid.get_timestamp().expect("a timestamp").to_unix();
    seconds * 1000 + u64::from(nanos) / 1_000_000
}

#[test]
fn the_spec_example_was_made_on_2023_06_30() {
    let id = RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap();
    let created = id.created_at().expect("a v7 ID");
    let millis = created.duration_since(UNIX_EPOCH).unwrap().as_millis();
    assert_eq!(millis, 1_688_096_058_518, "2023-06-30T03:34:18.518Z");
    assert_eq!(millis as u64, uuid_crate_millis(id.uuid()));
    assert_eq!(AnyId::from(id).created_at(), Some(created));
}

#[test]
fn new_ids_were_made_now() {
    for _ in 0..100 {
        // `new()` keeps milliseconds, so compare with the clock cut to milliseconds.
        let before = UNIX_EPOCH
            + Duration::from_millis(
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap()
                    .as_millis() as u64,
            );
        let id = RunId::new();
        let after = SystemTime::now();
        let created = id.created_at().unwrap();
        assert!(before <= created, "{created:?} is before {before:?}");
        // The generator may borrow a millisecond or two under load (docs/security.md).
        assert!(
            created <= after + Duration::from_millis(2),
            "{created:?} is after {after:?}"
        );
        assert_eq!(created, AnyId::from(id).created_at().unwrap());
    }
}

#[test]
fn only_version_7_has_a_creation_time() {
    // A v4 kind, generated.
    let session = migration::SessionId::new();
    assert_eq!(session.uuid().get_version_num(), 4);
    assert_eq!(session.created_at(), None);
    assert_eq!(migration::AnyId::from(session).created_at(), None);
    // A v1 UUID has a timestamp for the uuid crate, but it is not a v7 creation time.
    let v1 = Uuid::parse_str("c232ab00-9414-11ec-b3c8-9f6bdeced846").unwrap();
    assert!(v1.get_timestamp().is_some());
    assert_eq!(RunId::from_uuid(v1).created_at(), None);
    assert_eq!(RunId::from_uuid(Uuid::nil()).created_at(), None);
    assert_eq!(RunId::from_uuid(Uuid::max()).created_at(), None);
    // The largest v7 timestamp: 2^48 - 1 milliseconds.
    let last = Uuid::from_u128((u128::from(u64::MAX >> 16) << 80) | (7 << 76));
    assert_eq!(
        RunId::from_uuid(last).created_at(),
        Some(UNIX_EPOCH + Duration::from_millis((1 << 48) - 1))
    );
}
