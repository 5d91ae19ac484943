//! The pass behind the ratio table: every benchmark in turn, in short batches, many rounds.
//!
//! This machine is shared: other builds come and go during a run, so two benchmarks measured a minute apart can see
//! different machines. Interleaving puts every benchmark in every round, so a busy spell slows all of them alike;
//! the median over rounds then drops the batches that a context switch hit.

use std::time::{Duration, Instant};

use crate::Bench;

/// How long one batch of one benchmark runs.
const BATCH: Duration = Duration::from_micros(100);

/// Rounds over all benchmarks (`IDS_BENCH_ROUNDS` overrides).
const ROUNDS: usize = 600;

/// The median time of one operation, in nanoseconds.
pub(crate) struct Measured {
    pub(crate) group: &'static str,
    pub(crate) name: &'static str,
    pub(crate) ns: f64,
}

/// Runs every benchmark for `ROUNDS` rounds of one batch each and returns the median ns per operation.
pub(crate) fn run(benches: &mut [Bench]) -> Vec<Measured> {
    let rounds = std::env::var("IDS_BENCH_ROUNDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(ROUNDS);
    let started = Instant::now();
    // Iterations per batch: double until one batch takes at least `BATCH` (this also warms up).
    let batch_sizes: Vec<u64> = benches
        .iter_mut()
        .map(|bench| {
            let mut n = 1;
            while bench.time(n) < BATCH {
                n *= 2;
            }
            n
        })
        .collect();
    let mut samples: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); benches.len()];
    for _ in 0..rounds {
        for ((bench, &n), samples) in benches.iter_mut().zip(&batch_sizes).zip(&mut samples) {
            samples.push(bench.time(n).as_nanos() as f64 / n as f64);
        }
    }
    println!(
        "\ninterleaved pass: {} benchmarks × {rounds} rounds of ~{} µs in {:.1} s",
        benches.len(),
        BATCH.as_micros(),
        started.elapsed().as_secs_f64()
    );
    benches
        .iter()
        .zip(samples)
        .map(|(bench, mut samples)| {
            samples.sort_by(f64::total_cmp);
            Measured {
                group: bench.group,
                name: bench.name,
                ns: samples[samples.len() / 2],
            }
        })
        .collect()
}
