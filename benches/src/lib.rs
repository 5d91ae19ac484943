//! What the benchmark measures besides the peer crates: the generated types of the root and 1000-kind manifests,
//! and the table-lookup floor. `benches/compare.rs` runs the comparison; see BENCHMARKS.md.

pub mod floor;

/// The IDs of the workspace's root `ids.toml` (12 kinds), in a crate of their own as an application would have them.
#[id_runtime::ids]
pub mod root {}

/// 1000 kinds from `fixtures/kinds1000.toml` (made by `scripts/gen-kinds.sh 1000`), for `AnyId` dispatch.
#[id_runtime::ids("../fixtures/kinds1000.toml")]
pub mod kinds1000 {}
