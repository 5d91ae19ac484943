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
//! the [`TypedId`] trait. See the README for the manifest reference and the full generated API.

#![forbid(unsafe_code)]

mod buf;
mod codec;
mod dynamic;
mod error;
mod explain;
mod generate;
mod info;
mod inline_str;
mod parse;
mod prefix;
mod serde_impl;
mod suggest;
mod typed;

#[doc(hidden)]
pub mod __private;

pub use buf::{IdBuf, MAX_ID_LEN};
pub use codec::SUFFIX_LEN;
pub use dynamic::DynamicId;
pub use error::{ParseIdError, WrongIdType};
pub use explain::{Explanation, IdKind, Matched, Rfc3339, explain};
pub use info::{IdInfo, UuidVersion};
pub use inline_str::{INLINE_CAPACITY, InlineStr};
pub use prefix::{MAX_PREFIX_LEN, PrefixError, check_prefix};
pub use typed::TypedId;

pub use uuid::Uuid;

/// Generates the typed IDs of `ids.toml` into the annotated module.
///
/// `#[ids]` finds `ids.toml` in the crate directory, else its ancestors up to the workspace root;
/// `#[ids("path/ids.toml")]` takes a path relative to the file holding the attribute, like `include_str!`.
/// See the crate docs and the README for what it generates.
pub use id_macros::ids;
