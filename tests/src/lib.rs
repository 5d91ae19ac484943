//! Integration, conformance and UI tests for the workspace.
//!
//! The library holds one annotated module generated from the root `ids.toml`, the way an application would.

#![forbid(unsafe_code)]

// None of this is used by the UI cases, which trybuild builds against this library with `--cfg trybuild`: left
// out there, their project does not compile 114 kinds for nothing.
#[cfg(not(trybuild))]
pub mod fuzz_checks;
#[cfg(not(trybuild))]
pub mod reference;

/// The IDs of the root `ids.toml`.
#[cfg(not(trybuild))]
#[id_runtime::ids]
pub mod ids {}

/// The IDs of `tests/fixtures/kinds100.toml`: 102 kinds and 105 prefixes, enough for `AnyId::parse` to look
/// prefixes up in its hash table (`id-runtime/src/dispatch.rs`) instead of the decision tree `ids` uses.
#[cfg(not(trybuild))]
#[id_runtime::ids("../fixtures/kinds100.toml")]
pub mod many_ids {}

// Every Rust block of the README is compiled and run as a doctest, so the README cannot rot.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
