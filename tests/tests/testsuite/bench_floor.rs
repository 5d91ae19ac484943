//! The benchmark's floor (benches/src/floor.rs) checked against the runtime under `cargo test`: the benchmark runs
//! this self-check before measuring, but CI never runs the benchmark. The file is compiled here on its own, next to
//! the root manifest's types, so that no test build compiles criterion and the peer crates.

#[path = "../../../benches/src/floor.rs"]
mod floor;

/// The root manifest's types, where the floor's self-check looks for them (`super::root`).
mod root {
    pub(super) use id_tests::ids::RunId;
}

#[test]
fn the_benchmark_floor_agrees_with_the_runtime() {
    floor::self_check();
}
