//! Our typed IDs beside type-safe-id, mti, uuid, ulid and a table-lookup floor, on the same inputs, in one run.
//!
//! `cargo bench -p id-benches` runs every benchmark under criterion (reports in `target/criterion`), then once more
//! interleaved, and prints a table of medians with ratios to the floor and to type-safe-id and the targets as ratios
//! within this run (also written to `target/criterion/ratios.md`). See BENCHMARKS.md.
//!
//! `IDS_BENCH_TABLE_ONLY=1` skips the criterion pass for a quick table; `IDS_BENCH_ROUNDS` sets the interleaved
//! rounds (600); `IDS_BENCH_ONLY=parse,any_id` keeps the groups named. Criterion's own options work as usual after
//! `--`.

mod formatting;
mod interleaved;
mod parsing;
mod peers;
mod report;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use id_benches::root::RunId;
use peers::TsRunId;

/// One UUIDv7 in every text form the implementations read.
pub(crate) const TYPEID: &str = "run_01h455vb4pex5vsknk084sn02q";
pub(crate) const UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";
pub(crate) const ULID: &str = "01H455VB4PEX5VSKNK084SN02Q";

/// The UUID of `TYPEID` in each implementation's own type, to check what a parse returns and to format the same ID
/// everywhere.
pub(crate) struct SameId {
    pub(crate) uuid: uuid::Uuid,
    pub(crate) ours: RunId,
    pub(crate) tsid: TsRunId,
    pub(crate) mti: mti::prelude::MagicTypeId,
    pub(crate) ulid: ulid::Ulid,
}

impl SameId {
    pub(crate) fn new() -> SameId {
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

fn main() {
    id_benches::floor::self_check();
    let only = std::env::var("IDS_BENCH_ONLY").unwrap_or_default();
    let mut benches = Benches {
        list: Vec::new(),
        only: only
            .split(',')
            .filter(|group| !group.is_empty())
            .map(String::from)
            .collect(),
    };
    parsing::parse(&mut benches);
    parsing::reject_prefix(&mut benches);
    parsing::reject_last_char(&mut benches);
    parsing::any_kind(&mut benches);
    formatting::to_string(&mut benches);
    formatting::encode_buf(&mut benches);
    formatting::new(&mut benches);
    formatting::serde_json_round_trip(&mut benches);
    println!(
        "checked the result of all {} benchmarks before measuring",
        benches.list.len()
    );

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
    let medians = interleaved::run(&mut benches.list);
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
pub(crate) struct Benches {
    list: Vec<Bench>,
    /// Groups to keep (`IDS_BENCH_ONLY`); all when empty.
    only: Vec<String>,
}

impl Benches {
    /// Adds `op` after checking its result with `check` (which panics on a wrong value or error).
    ///
    /// Each call's result is returned by value and handed to `black_box` by value, as a caller that keeps or
    /// passes on the `Result` would: the benchmark pays for moving it out of the call, whatever its size.
    pub(crate) fn add<R>(
        &mut self,
        group: &'static str,
        name: &'static str,
        mut op: impl FnMut() -> R + 'static,
        check: impl FnOnce(R),
    ) {
        if !self.wants(group) {
            return;
        }
        check(op());
        let run = move |n: u64| {
            for _ in 0..n {
                black_box(op());
            }
        };
        self.list.push(Bench {
            group,
            name,
            run: Box::new(run),
        });
    }

    /// Whether `group` is measured in this run (`IDS_BENCH_ONLY`).
    pub(crate) fn wants(&self, group: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|kept| kept == group)
    }

    fn run_criterion(&mut self, criterion: &mut Criterion) {
        let mut start = 0;
        while start < self.list.len() {
            let group_name = self.list[start].group;
            let end = start
                + self.list[start..]
                    .iter()
                    .take_while(|b| b.group == group_name)
                    .count();
            let mut group = criterion.benchmark_group(group_name);
            for bench in &mut self.list[start..end] {
                group.bench_function(bench.name, |b| b.iter_custom(|n| bench.time(n)));
            }
            group.finish();
            start = end;
        }
    }
}

/// A check that the result equals `expected`.
pub(crate) fn equals<R: PartialEq + std::fmt::Debug>(expected: R) -> impl FnOnce(R) {
    move |found| assert_eq!(found, expected)
}

/// A check that the result is an error whose `Display` text is `expected`.
pub(crate) fn fails_with<T, E: std::fmt::Display>(
    expected: &'static str,
) -> impl FnOnce(Result<T, E>) {
    move |found| match found {
        Ok(_) => panic!("expected the error {expected:?}, got a value"),
        Err(error) => assert_eq!(error.to_string(), expected),
    }
}
