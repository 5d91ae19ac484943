//! Our typed IDs beside type-safe-id, mti, uuid, ulid and a table-lookup floor, on the same inputs, in one run.
//!
//! `cargo bench -p id-benches` runs every benchmark under criterion (reports in `target/criterion`), then once more
//! interleaved, and prints a table of medians with ratios to the floor and to type-safe-id and the targets as ratios
//! within this run (also written to `target/criterion/ratios.md`). See BENCHMARKS.md.
//!
//! `IDS_BENCH_TABLE_ONLY=1` skips the criterion pass for a quick table; `IDS_BENCH_ROUNDS` sets the interleaved
//! rounds (600). Criterion's own options work as usual after `--`.

mod interleaved;
mod peers;
mod report;

use std::hint::black_box;
use std::str::FromStr;
use std::time::{Duration, Instant};

use criterion::Criterion;
use id_benches::floor;
use id_benches::kinds1000;
use id_benches::root::{AnyId, RunId};
use id_runtime::{DynamicId, IdBuf};
use peers::{StackString, TsRunId};
use serde::{Deserialize, Serialize};

/// One UUIDv7 in every text form the implementations read.
const TYPEID: &str = "run_01h455vb4pex5vsknk084sn02q";
const UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";
const ULID: &str = "01H455VB4PEX5VSKNK084SN02Q";
/// Another kind's prefix of the same length, so no implementation can reject it by its length alone.
const WRONG_PREFIX: &str = "txn_01h455vb4pex5vsknk084sn02q";
/// The last character is outside each alphabet.
const BAD_LAST: &str = "run_01h455vb4pex5vsknk084sn02u";
const UUID_BAD_LAST: &str = "01890a5d-ac96-774b-bcce-b302099a805g";
const ULID_BAD_LAST: &str = "01H455VB4PEX5VSKNK084SN02U";
/// The last kind of the 1000-kind manifest: a linear scan over kinds would pay for all 999 before it.
const LAST_OF_1000: &str = "network_version_01h455vb4pex5vsknk084sn02q";

/// The UUID of `TYPEID` in each implementation's own type, so that every formatting benchmark prints the same ID.
struct SameId {
    uuid: uuid::Uuid,
    ours: RunId,
    tsid: TsRunId,
    mti: mti::prelude::MagicTypeId,
    ulid: ulid::Ulid,
}

impl SameId {
    fn new() -> SameId {
        let uuid = uuid::Uuid::parse_str(UUID).unwrap();
        SameId {
            uuid,
            ours: RunId::from_uuid(uuid),
            tsid: TsRunId::from_uuid(uuid),
            mti: peers::mti_parse_run(TYPEID).unwrap(),
            ulid: ulid::Ulid::from(uuid.as_u128()),
        }
    }
}

/// A struct holding one ID, for the serde_json round trip.
#[derive(Serialize, Deserialize)]
struct Row<T> {
    id: T,
}

fn main() {
    let mut benches = Benches::default();
    parse(&mut benches);
    reject_prefix(&mut benches);
    reject_last_char(&mut benches);
    to_string(&mut benches);
    encode_buf(&mut benches);
    new(&mut benches);
    serde_json_round_trip(&mut benches);
    any_id(&mut benches);

    if std::env::var_os("IDS_BENCH_TABLE_ONLY").is_none() {
        let mut criterion = Criterion::default()
            .output_directory(&report::output_directory())
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_millis(1500))
            .sample_size(40)
            .configure_from_args();
        benches.run_criterion(&mut criterion);
        criterion.final_summary();
    }
    let medians = interleaved::run(&mut benches.0);
    report::print(&medians);
}

/// One measured operation; `run(n)` performs it `n` times.
pub(crate) struct Bench {
    pub(crate) group: &'static str,
    pub(crate) name: &'static str,
    pub(crate) run: Box<dyn FnMut(u64)>,
}

impl Bench {
    /// Runs the operation `n` times and returns how long that took.
    pub(crate) fn time(&mut self, n: u64) -> Duration {
        let start = Instant::now();
        (self.run)(n);
        start.elapsed()
    }
}

/// Every benchmark, in table order. Criterion and the interleaved pass run the very same loops.
#[derive(Default)]
struct Benches(Vec<Bench>);

impl Benches {
    /// Adds `op`. Its result is kept alive through `black_box(&result)`, so it cannot be optimized away; a reference
    /// rather than the value, so that no benchmark pays for copying a large `Result` back out of memory.
    fn add<R>(
        &mut self,
        group: &'static str,
        name: &'static str,
        mut op: impl FnMut() -> R + 'static,
    ) {
        let run = move |n: u64| {
            for _ in 0..n {
                let out = op();
                black_box(&out);
            }
        };
        self.0.push(Bench {
            group,
            name,
            run: Box::new(run),
        });
    }

    fn run_criterion(&mut self, criterion: &mut Criterion) {
        let mut start = 0;
        while start < self.0.len() {
            let group_name = self.0[start].group;
            let end = start
                + self.0[start..]
                    .iter()
                    .take_while(|b| b.group == group_name)
                    .count();
            let mut group = criterion.benchmark_group(group_name);
            for bench in &mut self.0[start..end] {
                group.bench_function(bench.name, |b| b.iter_custom(|n| bench.time(n)));
            }
            group.finish();
            start = end;
        }
    }
}

fn parse(b: &mut Benches) {
    let g = "parse";
    b.add(g, "floor", || floor::parse(black_box(TYPEID)));
    b.add(g, "ours", || RunId::parse(black_box(TYPEID)));
    b.add(g, "type_safe_id", || TsRunId::from_str(black_box(TYPEID)));
    b.add(g, "mti", || peers::mti_parse_run(black_box(TYPEID)));
    b.add(g, "uuid", || uuid::Uuid::parse_str(black_box(UUID)));
    b.add(g, "ulid", || ulid::Ulid::from_string(black_box(ULID)));
}

fn reject_prefix(b: &mut Benches) {
    let g = "reject_prefix";
    // The floor rejects after comparing the prefix bytes: the cost of that comparison.
    b.add(g, "floor", || floor::parse(black_box(WRONG_PREFIX)));
    b.add(g, "ours", || RunId::parse(black_box(WRONG_PREFIX)));
    b.add(g, "type_safe_id", || {
        TsRunId::from_str(black_box(WRONG_PREFIX))
    });
    b.add(g, "mti", || peers::mti_parse_run(black_box(WRONG_PREFIX)));
}

fn reject_last_char(b: &mut Benches) {
    let g = "reject_last_char";
    b.add(g, "floor", || floor::parse(black_box(BAD_LAST)));
    b.add(g, "ours", || RunId::parse(black_box(BAD_LAST)));
    b.add(g, "type_safe_id", || TsRunId::from_str(black_box(BAD_LAST)));
    b.add(g, "mti", || peers::mti_parse_run(black_box(BAD_LAST)));
    b.add(g, "uuid", || {
        uuid::Uuid::parse_str(black_box(UUID_BAD_LAST))
    });
    b.add(g, "ulid", || {
        ulid::Ulid::from_string(black_box(ULID_BAD_LAST))
    });
}

fn to_string(b: &mut Benches) {
    let g = "to_string";
    let SameId {
        uuid: value,
        ours,
        tsid,
        mti,
        ulid,
    } = SameId::new();
    b.add(g, "floor", move || {
        floor::to_string(black_box(value.as_u128()))
    });
    b.add(g, "ours", move || black_box(ours).to_string());
    b.add(g, "type_safe_id", move || black_box(tsid).to_string());
    b.add(g, "mti", move || black_box(&mti).to_string());
    b.add(g, "uuid", move || black_box(value).to_string());
    b.add(g, "ulid", move || black_box(ulid).to_string());
}

fn encode_buf(b: &mut Benches) {
    let g = "encode_buf";
    let SameId {
        uuid: value,
        ours,
        tsid,
        mti,
        ulid,
    } = SameId::new();
    // Each returns the length written, so the text itself must be produced.
    b.add(g, "floor", move || {
        let mut buf = [0; floor::LEN];
        black_box(floor::encode(black_box(value.as_u128()), &mut buf)).len()
    });
    b.add(g, "ours", move || {
        let mut buf = IdBuf::new();
        black_box(black_box(ours).encode(&mut buf)).len()
    });
    // Neither type-safe-id nor mti writes into a caller's buffer: `write!` into a stack string instead.
    b.add(g, "type_safe_id", move || {
        black_box(StackString::format(black_box(&tsid))).len()
    });
    b.add(g, "mti", move || {
        black_box(StackString::format(black_box(&mti))).len()
    });
    b.add(g, "uuid", move || {
        let mut buf = uuid::Uuid::encode_buffer();
        black_box(black_box(value).hyphenated().encode_lower(&mut buf)).len()
    });
    b.add(g, "ulid", move || {
        let mut buf = [0; ulid::ULID_LEN];
        black_box(black_box(ulid).array_to_str(&mut buf)).len()
    });
}

fn new(b: &mut Benches) {
    let g = "new";
    b.add(g, "ours", RunId::new);
    b.add(g, "type_safe_id", TsRunId::new);
    b.add(g, "mti", peers::mti_new_run);
    b.add(g, "uuid", uuid::Uuid::now_v7);
    b.add(g, "ulid", ulid::Ulid::generate);
}

fn serde_json_round_trip(b: &mut Benches) {
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
    b.add(g, "ours", move || round_trip(black_box(&ours)));
    b.add(g, "type_safe_id", move || round_trip(black_box(&tsid)));
    b.add(g, "mti", move || round_trip(black_box(&mti)));
    b.add(g, "uuid", move || round_trip(black_box(&uuid)));
    b.add(g, "ulid", move || round_trip(black_box(&ulid)));
}

fn any_id(b: &mut Benches) {
    let g = "any_id";
    // One ID of every kind of the 1000-kind manifest, visited in a scrambled order so that the branch predictor
    // cannot learn the dispatch.
    let mixed: Vec<String> = (0..1000)
        .map(|i| kinds1000::IdType::ALL[i * 617 % 1000])
        .map(|kind| format!("{}_01h455vb4pex5vsknk084sn02q", kind.prefix()))
        .collect();
    b.add(g, "ours_root", || AnyId::parse(black_box(TYPEID)));
    b.add(g, "ours_1000", || {
        kinds1000::AnyId::parse(black_box(LAST_OF_1000))
    });
    b.add(g, "ours_1000_typed", || {
        kinds1000::NetworkVersionId::parse(black_box(LAST_OF_1000))
    });
    let mut next = 0;
    b.add(g, "ours_1000_mixed", move || {
        next = (next + 1) % mixed.len();
        kinds1000::AnyId::parse(black_box(&mixed[next]))
    });
    b.add(g, "ours_dynamic", || DynamicId::parse(black_box(TYPEID)));
    b.add(g, "type_safe_id", || {
        peers::TsDynamicId::from_str(black_box(TYPEID))
    });
    b.add(g, "mti", || {
        mti::prelude::MagicTypeId::from_str(black_box(TYPEID))
    });
}
