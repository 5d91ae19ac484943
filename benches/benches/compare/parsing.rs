//! Parsing and rejecting: a valid typed ID, another kind's ID, a bad last character, and IDs of any kind.
//!
//! Each implementation is called as its users call it (ours both as `RunId::parse` and as `str::parse`), and each
//! benchmark's result is checked before it is measured.

use std::hint::black_box;

use id_benches::root::{AnyId, RunId};
use id_benches::{floor, kinds1000};
use id_runtime::DynamicId;
use mti::prelude::{MagicTypeId, MagicTypeIdExt};

use crate::peers::{self, TsDynamicId, TsRunId};
use crate::{Benches, SameId, TYPEID, ULID, UUID, equals, fails_with};

/// Another kind's prefix of the same length, so no implementation can reject it by its length alone.
const WRONG_PREFIX: &str = "txn_01h455vb4pex5vsknk084sn02q";
/// The last character is outside each alphabet.
const BAD_LAST: &str = "run_01h455vb4pex5vsknk084sn02u";
const UUID_BAD_LAST: &str = "01890a5d-ac96-774b-bcce-b302099a805g";
const ULID_BAD_LAST: &str = "01H455VB4PEX5VSKNK084SN02U";
/// The last kind of the 1000-kind manifest.
const LAST_OF_1000: &str = "network_version_01h455vb4pex5vsknk084sn02q";

pub(crate) fn parse(b: &mut Benches) {
    let g = "parse";
    let same = SameId::new();
    let (value, ours, uuid, ulid) = (same.uuid.as_u128(), same.ours, same.uuid, same.ulid);
    b.add(
        g,
        "floor",
        #[inline(always)]
        || floor::parse(black_box(TYPEID)),
        equals(Some(value)),
    );
    b.add(
        g,
        "ours",
        #[inline(always)]
        || RunId::parse(black_box(TYPEID)),
        equals(Ok(ours)),
    );
    b.add(
        g,
        "ours_from_str",
        #[inline(always)]
        || black_box(TYPEID).parse::<RunId>(),
        equals(Ok(ours)),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        || black_box(TYPEID).parse::<TsRunId>(),
        move |id| assert_eq!(id.unwrap().uuid(), uuid),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        || peers::mti_parse_run(black_box(TYPEID)),
        move |id| assert_eq!(id.unwrap().uuid_str().unwrap(), UUID),
    );
    b.add(
        g,
        "uuid",
        #[inline(always)]
        || uuid::Uuid::parse_str(black_box(UUID)),
        equals(Ok(uuid)),
    );
    b.add(
        g,
        "ulid",
        #[inline(always)]
        || ulid::Ulid::from_string(black_box(ULID)),
        equals(Ok(ulid)),
    );
}

pub(crate) fn reject_prefix(b: &mut Benches) {
    let g = "reject_prefix";
    let message = "wrong ID type: expected a `run` ID, found a `txn` ID";
    // The floor rejects after comparing the prefix bytes: the cost of that comparison.
    b.add(
        g,
        "floor",
        #[inline(always)]
        || floor::parse(black_box(WRONG_PREFIX)),
        equals(None),
    );
    b.add(
        g,
        "ours",
        #[inline(always)]
        || RunId::parse(black_box(WRONG_PREFIX)),
        fails_with(message),
    );
    b.add(
        g,
        "ours_from_str",
        #[inline(always)]
        || black_box(WRONG_PREFIX).parse::<RunId>(),
        fails_with(message),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        || black_box(WRONG_PREFIX).parse::<TsRunId>(),
        fails_with(r#"id type "txn" does not match expected "run""#),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        || peers::mti_parse_run(black_box(WRONG_PREFIX)),
        |result| assert!(matches!(result, Err(None)), "{result:?}"),
    );
}

pub(crate) fn reject_last_char(b: &mut Benches) {
    let g = "reject_last_char";
    let message = "invalid character 'u' at byte 29: the suffix uses lowercase Crockford base32 (0-9, a-z \
                   except i, l, o, u)";
    b.add(
        g,
        "floor",
        #[inline(always)]
        || floor::parse(black_box(BAD_LAST)),
        equals(None),
    );
    b.add(
        g,
        "ours",
        #[inline(always)]
        || RunId::parse(black_box(BAD_LAST)),
        fails_with(message),
    );
    b.add(
        g,
        "ours_from_str",
        #[inline(always)]
        || black_box(BAD_LAST).parse::<RunId>(),
        fails_with(message),
    );
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        || black_box(BAD_LAST).parse::<TsRunId>(),
        fails_with("id suffix is invalid"),
    );
    b.add(
        g,
        "mti",
        #[inline(always)]
        || peers::mti_parse_run(black_box(BAD_LAST)),
        |result| assert!(matches!(result, Err(Some(_))), "{result:?}"),
    );
    b.add(
        g,
        "uuid",
        #[inline(always)]
        || uuid::Uuid::parse_str(black_box(UUID_BAD_LAST)),
        |result| assert!(result.is_err_and(|e| e.to_string().contains("found `g`"))),
    );
    b.add(
        g,
        "ulid",
        #[inline(always)]
        || ulid::Ulid::from_string(black_box(ULID_BAD_LAST)),
        equals(Err(ulid::DecodeError::InvalidChar)),
    );
}

/// IDs of 1000 kinds, one of each, in a fixed shuffled order, each with a different UUID; and of the 12 kinds of
/// the root manifest the same way.
fn mixed_inputs(prefixes: &[&str]) -> Vec<(String, u128)> {
    // xorshift64*, fixed seed: the same order in every run, with no pattern the branch predictor could learn.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut inputs: Vec<(String, u128)> = prefixes
        .iter()
        .map(|prefix| {
            let value = (u128::from(next()) << 64 | u128::from(next())) >> 2;
            let mut buf = id_runtime::IdBuf::new();
            let text = DynamicId::new(prefix, uuid::Uuid::from_u128(value))
                .unwrap()
                .encode(&mut buf)
                .to_owned();
            (text, value)
        })
        .collect();
    for i in (1..inputs.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        inputs.swap(i, j);
    }
    inputs
}

/// A closure over `inputs` that returns the next one on each call, wrapping around.
fn cycle(inputs: Vec<String>) -> impl FnMut() -> &'static str {
    let inputs: &'static [String] = inputs.leak();
    let mut next = 0;
    move || {
        let input = inputs[next].as_str();
        next += 1;
        if next == inputs.len() {
            next = 0;
        }
        input
    }
}

pub(crate) fn any_kind(b: &mut Benches) {
    let g = "any_kind";
    if !b.wants(g) {
        return;
    }
    let prefixes: Vec<&str> = kinds1000::IdType::ALL.iter().map(|k| k.prefix()).collect();
    let mixed = mixed_inputs(&prefixes);
    // Every input parses to its own kind and value, through each implementation, before anything is measured.
    for (text, value) in &mixed {
        let any: kinds1000::AnyId = text.parse().unwrap();
        assert_eq!(
            (any.id_type().prefix(), any.uuid().as_u128()),
            (text.rsplit_once('_').unwrap().0, *value)
        );
        assert_eq!(DynamicId::parse(text).unwrap().uuid().as_u128(), *value);
        assert_eq!(
            text.parse::<TsDynamicId>().unwrap().uuid().as_u128(),
            *value
        );
        assert_eq!(
            text.parse::<MagicTypeId>().unwrap().uuid_str().unwrap(),
            uuid::Uuid::from_u128(*value).to_string()
        );
    }
    let texts: Vec<String> = mixed.iter().map(|(text, _)| text.clone()).collect();
    let root_prefixes: Vec<&str> = id_benches::root::IdType::ALL
        .iter()
        .map(|k| k.prefix())
        .collect();
    let root_texts: Vec<String> = mixed_inputs(&root_prefixes)
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    let same = SameId::new();

    let mut next = cycle(root_texts);
    b.add(
        g,
        "ours_root_mixed",
        #[inline(always)]
        move || black_box(next()).parse::<AnyId>(),
        |any| assert!(any.is_ok()),
    );
    b.add(
        g,
        "ours_1000_last",
        #[inline(always)]
        || black_box(LAST_OF_1000).parse::<kinds1000::AnyId>(),
        move |any| assert_eq!(any.map(|any| any.uuid()), Ok(same.uuid)),
    );
    let mut next = cycle(texts.clone());
    b.add(
        g,
        "ours_1000_mixed",
        #[inline(always)]
        move || black_box(next()).parse::<kinds1000::AnyId>(),
        |any| assert!(any.is_ok()),
    );
    // 1000 IDs of one kind, each with its own UUID, in `String`s cloned in walk order as the mixed ones are: what
    // reading 1000 inputs in turn costs a typed parse, for the context line of the table.
    let runs: Vec<String> = mixed_inputs(&["run"; 1000])
        .iter()
        .map(|(text, _)| text.clone())
        .collect();
    for text in &runs {
        assert!(RunId::parse(text).is_ok(), "{text}");
    }
    let mut next = cycle(runs);
    b.add(
        g,
        "ours_typed_1000",
        #[inline(always)]
        move || RunId::parse(black_box(next())),
        |id| assert!(id.is_ok()),
    );
    let mut next = cycle(texts.clone());
    b.add(
        g,
        "ours_dynamic_mixed",
        #[inline(always)]
        move || DynamicId::parse(black_box(next())),
        |id| assert!(id.is_ok()),
    );
    let mut next = cycle(texts.clone());
    b.add(
        g,
        "type_safe_id",
        #[inline(always)]
        move || black_box(next()).parse::<TsDynamicId>(),
        |id| assert!(id.is_ok()),
    );
    let mut next = cycle(texts);
    b.add(
        g,
        "mti",
        #[inline(always)]
        move || black_box(next()).parse::<MagicTypeId>(),
        |id| assert!(id.is_ok()),
    );
}
