//! The `proptest` feature: `any::<RunId>()` and `any::<AnyId>()` are strategies that reach every kind and shrink.

use std::collections::BTreeSet;

use id_tests::ids::{AnyId, IdType, RunId, TransactionId};
use id_tests::many_ids;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestError, TestRunner};

proptest! {
    #[test]
    fn typed_ids_round_trip_through_text(run in any::<RunId>(), transaction in any::<TransactionId>()) {
        prop_assert_eq!(RunId::parse(&run.to_string()), Ok(run));
        prop_assert_eq!(TransactionId::parse(&transaction.to_string()), Ok(transaction));
        prop_assert!(transaction.to_string().starts_with("txn_"));
    }

    #[test]
    fn any_ids_round_trip_through_text_and_serde(id in any::<AnyId>()) {
        let text = id.to_string();
        prop_assert_eq!(text.parse::<AnyId>(), Ok(id));
        prop_assert_eq!(IdType::of(&text), Ok(id.id_type()));
        prop_assert_eq!(serde_json::from_str::<AnyId>(&serde_json::to_string(&id).unwrap()).unwrap(), id);
    }
}

/// Every kind within `draws` values of the strategy, from a fixed seed.
fn kinds_drawn<T: Arbitrary, K: Ord>(draws: usize, kind: impl Fn(T) -> K) -> BTreeSet<K> {
    let mut runner = TestRunner::deterministic();
    let strategy = any::<T>();
    (0..draws)
        .map(|_| kind(strategy.new_tree(&mut runner).unwrap().current()))
        .collect()
}

#[test]
fn every_kind_is_drawn() {
    let kinds = kinds_drawn(500, |id: AnyId| id.id_type());
    assert_eq!(kinds.len(), IdType::COUNT, "{kinds:?}");
    let kinds = kinds_drawn(5000, |id: many_ids::AnyId| id.id_type());
    assert_eq!(kinds.len(), many_ids::IdType::COUNT);
}

/// A failure that depends only on the value shrinks to the first kind of the manifest and the smallest failing
/// value.
#[test]
fn any_id_shrinks_to_the_first_kind_and_the_boundary_value() {
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let result = runner.run(&any::<AnyId>(), |id| {
        prop_assert!(id.uuid().as_u128() < 1 << 100);
        Ok(())
    });
    let Err(TestError::Fail(_, minimal)) = result else {
        panic!("the property should fail: {result:?}");
    };
    assert_eq!(minimal.id_type(), IdType::ALL[0], "{minimal:?}");
    assert_eq!(minimal.uuid().as_u128(), 1 << 100, "{minimal:?}");
}

#[test]
fn a_typed_id_shrinks_toward_the_zero_uuid() {
    let mut runner = TestRunner::deterministic();
    let result = runner.run(&any::<RunId>(), |id| {
        prop_assert!(id.uuid().as_u128() < 12345);
        Ok(())
    });
    let Err(TestError::Fail(_, minimal)) = result else {
        panic!("the property should fail: {result:?}");
    };
    assert_eq!(minimal.uuid().as_u128(), 12345);
}
