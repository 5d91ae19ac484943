//! proptest with its default features: `any::<RunId>()` and `any::<AnyId>()` in a property test.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use ids::{AnyId, IdType, RunId};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

fn main() {
    // No failure file: this is a program, not a test with a source file to store failures beside.
    let mut runner = TestRunner::new(Config {
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(any::<RunId>(), any::<AnyId>()), |(run, any)| {
            prop_assert_eq!(RunId::parse(&run.to_string()), Ok(run));
            prop_assert_eq!(any.to_string().parse::<AnyId>(), Ok(any));
            Ok(())
        })
        .unwrap();
    let mut runner = TestRunner::deterministic();
    let mut kinds = Vec::new();
    for _ in 0..200 {
        let id = any::<AnyId>().new_tree(&mut runner).unwrap().current();
        if !kinds.contains(&id.id_type()) {
            kinds.push(id.id_type());
        }
    }
    assert_eq!(kinds.len(), IdType::COUNT, "every kind is drawn: {kinds:?}");
    println!("proptest: ok");
}
