//! arbitrary with its default features (no derive): typed IDs and `AnyId`s from a fuzzer's bytes.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use arbitrary::{Arbitrary, Unstructured};
use ids::{AnyId, IdType, RunId};

fn main() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(1024).collect();
    let mut u = Unstructured::new(&bytes);
    let run = RunId::arbitrary(&mut u).unwrap();
    assert_eq!(run.uuid().as_u128(), u128::from_le_bytes(bytes[..16].try_into().unwrap()));
    assert_eq!(RunId::parse(&run.to_string()), Ok(run));
    let mut kinds = Vec::new();
    for first in 0..=255u8 {
        let input = [first; 17];
        let id = AnyId::arbitrary(&mut Unstructured::new(&input)).unwrap();
        assert_eq!(id.to_string().parse::<AnyId>(), Ok(id));
        if !kinds.contains(&id.id_type()) {
            kinds.push(id.id_type());
        }
    }
    assert_eq!(kinds.len(), IdType::COUNT, "every kind is reachable: {kinds:?}");
    println!("arbitrary: ok");
}
