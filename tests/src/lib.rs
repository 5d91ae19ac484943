//! Integration, conformance and UI tests for the workspace.
//!
//! The library holds one annotated module generated from the root `ids.toml`, the way an application would.

#![forbid(unsafe_code)]

pub mod fuzz_checks;

/// The IDs of the root `ids.toml`.
#[id_runtime::ids]
pub mod ids {}

// Every Rust block of the README is compiled and run as a doctest, so the README cannot rot.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
