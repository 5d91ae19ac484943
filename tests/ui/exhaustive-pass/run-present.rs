// The fix for `run-missing` in exhaustive/: with `[types.run]` in ids.toml the same code compiles.
// (tests/tests/testsuite/ui.rs checks that the code below the module is the same in both files.)

#[id_runtime::ids("run-present.toml")]
pub mod ids {}

use ids::IdType;

fn main() {
    let by_path = IdType::Run;
    let by_name = ids::id_type!(run);
    assert_eq!(by_path, by_name);
}
