//! IDs made by the Rust runtime, through the types `#[ids]` generates from tests/fixtures/conformance/ids.toml (the
//! manifest the PostgreSQL and zod tests export), so that generated code is checked against what applications
//! really write, not only against the spec's nine examples.

use std::path::{Path, PathBuf};

use id_runtime::Uuid;

/// The conformance fixture's kinds: `prefix`, `pre_fix`, `user` (alias `usr`, accept_uuid) and `run`.
#[id_runtime::ids("../fixtures/conformance/ids.toml")]
pub mod ids {}

use ids::{AnyId, IdType, PreFixId, PrefixId, RunId, UserId};

/// `count` IDs, each kind in turn: first the extreme UUIDs, then new IDs (UUIDv7, as `new()` makes them) and random
/// UUIDv4s alternately.
pub fn made_by_rust(count: usize) -> Vec<AnyId> {
    let extremes = [
        Uuid::nil(),
        Uuid::max(),
        Uuid::from_u128(1 << 127),
        Uuid::from_u128(u128::MAX >> 1),
        Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef),
    ];
    (0..count)
        .map(|index| {
            let kind = IdType::ALL[index % IdType::COUNT];
            let uuid = match extremes.get(index / IdType::COUNT) {
                Some(uuid) => Some(*uuid),
                None if index % 2 == 0 => None,
                None => Some(Uuid::new_v4()),
            };
            // `None`: a new ID of the kind, made by `new()`.
            match (kind, uuid) {
                (IdType::Prefix, None) => PrefixId::new().into(),
                (IdType::Prefix, Some(uuid)) => PrefixId::from_uuid(uuid).into(),
                (IdType::PreFix, None) => PreFixId::new().into(),
                (IdType::PreFix, Some(uuid)) => PreFixId::from_uuid(uuid).into(),
                (IdType::User, None) => UserId::new().into(),
                (IdType::User, Some(uuid)) => UserId::from_uuid(uuid).into(),
                (IdType::Run, None) => RunId::new().into(),
                (IdType::Run, Some(uuid)) => RunId::from_uuid(uuid).into(),
            }
        })
        .collect()
}

/// `ids` in the format of the vectors' valid.json (`name`, `typeid`, `prefix`, `uuid`), written to
/// `DIR/rust-ids.json`.
pub fn write_as_vectors(ids: &[AnyId], dir: &Path) -> PathBuf {
    let vectors: Vec<serde_json::Value> = ids
        .iter()
        .enumerate()
        .map(|(index, id)| {
            serde_json::json!({
                "name": format!("rust-{index}"),
                "typeid": id.to_string(),
                "prefix": id.id_type().prefix(),
                "uuid": id.uuid().to_string(),
            })
        })
        .collect();
    let path = dir.join("rust-ids.json");
    std::fs::write(&path, serde_json::to_string_pretty(&vectors).unwrap()).unwrap();
    path
}

#[test]
fn the_made_ids_cover_every_kind_and_both_versions() {
    let ids = made_by_rust(100);
    for kind in IdType::ALL {
        assert!(ids.iter().any(|id| id.id_type() == kind), "{kind}");
    }
    let versions: Vec<usize> = ids.iter().map(|id| id.uuid().get_version_num()).collect();
    assert!(
        versions.contains(&7) && versions.contains(&4),
        "{versions:?}"
    );
    assert_eq!(ids[IdType::COUNT].uuid(), Uuid::max());
}
