//! Integration, conformance and UI tests for the workspace.
//!
//! The library holds one annotated module generated from the root `ids.toml`, the way an application would.

/// The IDs of the root `ids.toml`.
#[id_runtime::ids]
pub mod ids {}
