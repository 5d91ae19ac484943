//! The TypeID v0.3 grammar, written once for every `id-*` crate.
//!
//! A TypeID is `prefix_suffix`: a [prefix](check_prefix) of lowercase letters and `_` that names the kind, then
//! [`SUFFIX_LEN`] characters of lowercase Crockford base32 ([`ALPHABET`]) holding a 128-bit UUID, the first at most
//! `7`. An ID without a prefix has no `_`. This crate holds that rule, the bare-UUID forms that kinds with
//! `accept_uuid` take, the [`UuidVersion`]s a kind can generate, the [link templates](check_link) a kind may set, and
//! the one [did-you-mean](did_you_mean) every message uses.
//!
//! `id-manifest` checks `ids.toml` against it, `id-runtime` parses with it, the `#[ids]` macro and the `ids`
//! command suggest with it. A layer may add policy on top (a manifest kind needs a non-empty prefix) but never
//! restates the rule. `no_std`, without dependencies or allocation.
//!
//! ```
//! use id_grammar::{check_prefix, did_you_mean, parse_bare_uuid, PrefixError};
//!
//! assert_eq!(check_prefix("run_step"), Ok(()));
//! assert_eq!(check_prefix("Run"), Err(PrefixError::InvalidChar { found: 'R', position: 0 }));
//! assert_eq!(did_you_mean("rn", ["user", "run"]), Some("run"));
//! assert_eq!(parse_bare_uuid("01890a5d-ac96-774b-bcce-b302099a8057"), Some(0x01890a5d_ac96_774b_bcce_b302099a8057));
//! ```

#![no_std]
#![forbid(unsafe_code)]

mod bare_uuid;
mod link;
mod prefix;
mod suffix;
mod suggest;
mod version;

pub use bare_uuid::parse_bare_uuid;
pub use link::{
    LINK_PLACEHOLDERS, LinkError, LinkPart, LinkParts, check_link, filled_link_len, link_parts,
    write_link,
};
pub use prefix::{
    MAX_PREFIX_LEN, PREFIX_PATTERN, PrefixError, check_prefix, check_prefix_bytes, is_valid_prefix,
};
pub use suffix::{ALPHABET, MAX_FIRST_SUFFIX_CHAR, SUFFIX_LEN, SUFFIX_PATTERN};
pub use suggest::did_you_mean;
pub use version::UuidVersion;

/// The separator between the prefix and the suffix.
pub const SEPARATOR: char = '_';

/// The longest TypeID text: a [`MAX_PREFIX_LEN`]-byte prefix, the separator and the suffix.
pub const MAX_ID_LEN: usize = MAX_PREFIX_LEN + 1 + SUFFIX_LEN;

// The crate README's examples are doctests too, so it cannot rot.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
struct ReadmeDoctests;
