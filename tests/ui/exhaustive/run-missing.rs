// The originating bug: code names a `run` kind that ids.toml does not declare. Both spellings fail to compile, and
// `id_type!` says how to fix it. `run-present` in exhaustive-pass/ holds the same code with `[types.run]` in its
// manifest, where it compiles (tests/tests/testsuite/ui.rs checks the code is the same).

#[id_runtime::ids("run-missing.toml")]
pub mod ids {}

use ids::IdType;

fn main() {
    let by_path = IdType::Run;
    let by_name = ids::id_type!(run);
    assert_eq!(by_path, by_name);
}
