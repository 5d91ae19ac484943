//! Type-safe application IDs, generated from one `ids.toml`.
//!
//! List every ID kind of an application in `ids.toml`, annotate one module, and get an `IdType` enum of all kinds,
//! a newtype per kind (`RunId`, `UserId`, …) whose text is a [TypeID](https://github.com/jetify-com/typeid)
//! (`run_01h455vb4pex5vsknk084sn02q`, a UUIDv7 inside), and `AnyId` that parses any of them by prefix.
//!
//! ```
//! #[id_runtime::ids] // reads ids.toml from the crate directory or its ancestors
//! pub mod ids {}
//!
//! use ids::{AnyId, IdType, RunId, UserId};
//!
//! let run = RunId::new();
//! let text = run.to_string(); // "run_01h455vb4pex5vsknk084sn02q"
//! assert_eq!(RunId::parse(&text).unwrap(), run);
//! assert!(UserId::parse(&text).is_err()); // an ID of one kind is never another
//! assert_eq!(text.parse::<AnyId>().unwrap().id_type(), IdType::Run);
//! ```
//!
//! This crate holds the runtime: the TypeID codec, [`DynamicId`], [`ParseIdError`], generation, serde support and
//! the [`TypedId`] trait. The manifest reference and the full generated API are in the repository's guide,
//! `docs/manifest.md` and `docs/generated-api.md`.

// `unsafe` is allowed only in the modules that exist for it: `codec/sse2.rs`, `codec/text.rs` and `clock.rs`, each
// with its reasons and SAFETY arguments (the numbers are in BENCHMARKS.md) and tests that also run under Miri.
#![deny(unsafe_code)]

mod buf;
// The wall clock of `new()`'s generator, gated like it.
#[cfg(any(
    feature = "wasm-js",
    not(all(target_family = "wasm", target_os = "unknown"))
))]
mod clock;
mod codec;
mod dynamic;
mod error;
mod explain;
// `new()`'s generator: everywhere but wasm32-unknown-unknown, and there with the `wasm-js` feature.
#[cfg(any(
    feature = "wasm-js",
    not(all(target_family = "wasm", target_os = "unknown"))
))]
mod generate;
mod info;
mod inline_str;
mod integrations;
mod kind_table;
mod literal;
mod parse;
mod prefix_table;
mod serde_impl;
mod template;
mod typed;

#[doc(hidden)]
pub mod __private;

pub use buf::IdBuf;
pub use dynamic::DynamicId;
pub use error::{ParseIdError, WrongIdType};
pub use explain::{Explanation, IdKind, Matched, explain};
// The date format of `Explanation`'s `Display`, shared with the `ids` command; not part of the documented API.
#[doc(hidden)]
pub use explain::Rfc3339;
/// The TypeID grammar, from `id-grammar`: the prefix rule, lengths and UUID versions.
pub use id_grammar::{
    MAX_ID_LEN, MAX_PREFIX_LEN, PrefixError, SUFFIX_LEN, UuidVersion, check_prefix,
};
pub use info::IdInfo;
pub use inline_str::InlineStr;
pub use kind_table::{Identified, KindError, KindTable};
pub use typed::TypedId;

pub use uuid::Uuid;

/// Generates the typed IDs of `ids.toml` into the annotated module.
///
/// `#[ids]` finds `ids.toml` in the crate directory, else its ancestors up to the workspace root;
/// `#[ids("path/ids.toml")]` takes a path relative to the file holding the attribute, like `include_str!`.
/// See the crate docs and `docs/generated-api.md` in the repository for what it generates.
pub use id_macros::ids;

/// Forbids catch-all arms in matches on `IdType` or `AnyId` inside the annotated fn, impl block, trait or inline
/// module, so that a kind added to ids.toml fails to compile wherever such a match does not handle it.
///
/// ```compile_fail
/// # #[id_runtime::ids] pub mod ids {}
/// # use ids::IdType;
/// #[id_runtime::exhaustive]
/// fn retention_days(kind: IdType) -> u32 {
///     match kind {
///         IdType::Run => 30,
///         _ => 365, // error: a catch-all would hide kinds added to ids.toml later
///     }
/// }
/// ```
///
/// A catch-all is `_`, a binding (`other`), `x @ _`, an or-pattern with one of those, or a pattern that is one of
/// those at every place a kind sits (`(_, true)`, `Some(_)`). Arms with a guard are allowed: rustc still needs the
/// unguarded arms to name every kind. Matches that name no `IdType::`/`AnyId::` variant are not checked. For a
/// whole crate, the complementary lint is `clippy::wildcard_enum_match_arm`.
pub use id_macros::exhaustive;

/// Checks that a hand-written enum, struct or impl block has exactly one variant (`Run`), field (`run`) or method
/// (`run`) per kind of ids.toml, and nothing named after a kind that ids.toml lacks.
///
/// `#[covers_all]` reads the same manifest as `#[ids]`; `#[covers_all("path/ids.toml")]` takes a path relative to
/// the file holding the attribute. A member that is not about a kind opts out with `#[covers_all(skip)]`.
///
/// ```
/// # #[id_runtime::ids] pub mod ids {}
/// #[id_runtime::covers_all]
/// pub struct RetentionDays {
///     pub user: u32, pub session: u32, pub request: u32, pub agent: u32, pub tool: u32, pub transaction: u32,
///     pub websocket: u32, pub execution: u32, pub trace: u32, pub metric: u32, pub thread: u32, pub run: u32,
///     #[covers_all(skip)]
///     pub default: u32,
/// }
/// ```
pub use id_macros::covers_all;

// The crate README's examples are doctests too, so it cannot rot.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
struct ReadmeDoctests;
