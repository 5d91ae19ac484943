//! Formatting (to a `String` and into a stack buffer), `new()`, and a serde_json round trip.

use std::hint::black_box;

use id_benches::floor;
use id_benches::root::RunId;
use id_runtime::IdBuf;
use serde::{Deserialize, Serialize};

use crate::peers::{self, StackString, TsRunId};
use crate::{Benches, SameId, TYPEID, ULID, UUID, equals};

pub(crate) fn to_string(b: &mut Benches) {
    let g = "to_string";
    let SameId {
        uuid: value,
        ours,
        tsid,
        mti,
        ulid,
    } = SameId::new();
    let typeid = || equals(TYPEID.to_owned());
    b.add(
        g,
        "floor",
        #[inline(always)]
        move || floor::to_string(black_box(value).as_u128()),
        typeid(),
    );
    b.add(
        g,
        "ours",
        #[inline(always)]
        move || black_box(ours).to_string(),
        typeid(),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        move || black_box(tsid).to_string(),
        typeid(),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        move || black_box(&mti).to_string(),
        typeid(),
    );
    b.add(
        g,
        "uuid",
        #[inline(always)]
        move || black_box(value).to_string(),
        equals(UUID.to_owned()),
    );
    b.add(
        g,
        "ulid",
        #[inline(always)]
        move || black_box(ulid).to_string(),
        equals(ULID.to_owned()),
    );
}

/// Each writes into a buffer on its own stack and returns the length of the text, after handing the text to
/// `black_box` so that it must be written; the check compares the text itself. Every implementation receives the
/// ID as a 16-byte value through `black_box`, the floor included (as a `Uuid`, converted inside the loop).
pub(crate) fn encode_buf(b: &mut Benches) {
    let g = "encode_buf";
    let SameId {
        uuid: value,
        ours,
        tsid,
        mti,
        ulid,
    } = SameId::new();
    // Each implementation's formatting, given what to do with the text; inlined into the loop like every closure.
    #[inline(always)]
    fn floor_text<R>(value: u128, then: impl FnOnce(&[u8]) -> R) -> R {
        then(floor::encode(value, &mut [0; floor::LEN]))
    }
    #[inline(always)]
    fn ours_text<R>(id: RunId, then: impl FnOnce(&[u8]) -> R) -> R {
        then(id.encode(&mut IdBuf::new()).as_bytes())
    }
    // Neither type-safe-id nor mti writes into a caller's buffer: `write!` into a stack string instead.
    #[inline(always)]
    fn display_text<R>(id: &impl std::fmt::Display, then: impl FnOnce(&[u8]) -> R) -> R {
        then(StackString::format(id).as_bytes())
    }
    #[inline(always)]
    fn uuid_text<R>(id: uuid::Uuid, then: impl FnOnce(&[u8]) -> R) -> R {
        then(
            id.hyphenated()
                .encode_lower(&mut uuid::Uuid::encode_buffer())
                .as_bytes(),
        )
    }
    #[inline(always)]
    fn ulid_text<R>(id: ulid::Ulid, then: impl FnOnce(&[u8]) -> R) -> R {
        then(id.array_to_str(&mut [0; ulid::ULID_LEN]).as_bytes())
    }
    let check = |text: &[u8], expected: &str| assert_eq!(text, expected.as_bytes());
    floor_text(value.as_u128(), |text| check(text, TYPEID));
    ours_text(ours, |text| check(text, TYPEID));
    display_text(&tsid, |text| check(text, TYPEID));
    display_text(&mti, |text| check(text, TYPEID));
    uuid_text(value, |text| check(text, UUID));
    ulid_text(ulid, |text| check(text, ULID));

    let len = |text: &[u8]| black_box(text).len();
    let typeid = || equals(TYPEID.len());
    b.add(
        g,
        "floor",
        #[inline(always)]
        move || floor_text(black_box(value).as_u128(), len),
        typeid(),
    );
    b.add(
        g,
        "ours",
        #[inline(always)]
        move || ours_text(black_box(ours), len),
        typeid(),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        move || display_text(black_box(&tsid), len),
        typeid(),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        move || display_text(black_box(&mti), len),
        typeid(),
    );
    b.add(
        g,
        "uuid",
        #[inline(always)]
        move || uuid_text(black_box(value), len),
        equals(UUID.len()),
    );
    b.add(
        g,
        "ulid",
        #[inline(always)]
        move || ulid_text(black_box(ulid), len),
        equals(ULID.len()),
    );
}

// The closures are kept (not the functions themselves) so that each is inlined into its loop like every other
// benchmark's.
#[allow(clippy::redundant_closure)]
pub(crate) fn new(b: &mut Benches) {
    let g = "new";
    let v7 = |uuid: uuid::Uuid| assert_eq!(uuid.get_version_num(), 7);
    b.add(
        g,
        "ours",
        #[inline(always)]
        || RunId::new(),
        move |id| v7(id.uuid()),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        || TsRunId::new(),
        move |id| v7(id.uuid()),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        || peers::mti_new_run(),
        |id| {
            assert!(id.starts_with("run_"), "{id}");
        },
    );
    b.add(
        g,
        "uuid",
        #[inline(always)]
        || uuid::Uuid::now_v7(),
        v7,
    );
    b.add(
        g,
        "ulid",
        #[inline(always)]
        || ulid::Ulid::generate(),
        |id| assert_ne!(id.timestamp_ms(), 0),
    );
}

/// A struct holding one ID, for the serde_json round trip.
#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Row<T> {
    id: T,
}

pub(crate) fn serde_json_round_trip(b: &mut Benches) {
    fn round_trip<T: Serialize + for<'de> Deserialize<'de>>(row: &Row<T>) -> Row<T> {
        let json = serde_json::to_string(row).unwrap_or_default();
        serde_json::from_str(&json).unwrap_or_else(|error| panic!("{json}: {error}"))
    }
    let g = "serde_json";
    let same = SameId::new();
    let ours = Row { id: same.ours };
    let tsid = Row { id: same.tsid };
    let mti = Row { id: same.mti };
    let uuid = Row { id: same.uuid };
    let ulid = Row { id: same.ulid };
    b.add(
        g,
        "ours",
        #[inline(always)]
        move || round_trip(black_box(&ours)),
        equals(Row { id: same.ours }),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        move || round_trip(black_box(&tsid)),
        move |row| assert_eq!(row.id.uuid(), same.uuid),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        move || round_trip(black_box(&mti)),
        |row| assert_eq!(row.id, TYPEID),
    );
    b.add(
        g,
        "uuid",
        #[inline(always)]
        move || round_trip(black_box(&uuid)),
        equals(Row { id: same.uuid }),
    );
    b.add(
        g,
        "ulid",
        #[inline(always)]
        move || round_trip(black_box(&ulid)),
        equals(Row { id: same.ulid }),
    );
}
