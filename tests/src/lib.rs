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
/// prefixes up in its hash table (`id-runtime/src/prefix_table.rs`) instead of the decision tree `ids` uses.
#[cfg(not(trybuild))]
#[id_runtime::ids("../fixtures/kinds100.toml")]
pub mod many_ids {}

// Every Rust block of the README and of the guide in docs/ is compiled and run as a doctest, so neither can rot.
// One struct per file; a new page of the guide gets its own.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[doc = include_str!("../../docs/manifest.md")]
#[cfg(doctest)]
pub struct ManifestDoctests;

#[doc = include_str!("../../docs/generated-api.md")]
#[cfg(doctest)]
pub struct GeneratedApiDoctests;

#[doc = include_str!("../../docs/adding-a-kind.md")]
#[cfg(doctest)]
pub struct AddingAKindDoctests;

#[doc = include_str!("../../docs/exhaustiveness.md")]
#[cfg(doctest)]
pub struct ExhaustivenessDoctests;

#[doc = include_str!("../../docs/integrations.md")]
#[cfg(doctest)]
pub struct IntegrationsDoctests;

#[doc = include_str!("../../docs/migration.md")]
#[cfg(doctest)]
pub struct MigrationDoctests;

#[doc = include_str!("../../docs/command-line.md")]
#[cfg(doctest)]
pub struct CommandLineDoctests;

#[doc = include_str!("../../docs/exports.md")]
#[cfg(doctest)]
pub struct ExportsDoctests;

#[doc = include_str!("../../docs/security.md")]
#[cfg(doctest)]
pub struct SecurityDoctests;

#[doc = include_str!("../../docs/testing.md")]
#[cfg(doctest)]
pub struct TestingDoctests;

#[doc = include_str!("../../docs/dependencies.md")]
#[cfg(doctest)]
pub struct DependenciesDoctests;
