//! Errors are values that say which rule failed, where, and what was expected.

use core::fmt;

use crate::{IdInfo, InlineStr, PrefixError, SUFFIX_LEN};

/// Why a string is not a valid ID (of the expected kind).
///
/// Every variant says which rule failed and, where there is one, the byte position in the input. Parsing never
/// allocates, so quoted input is kept inline (see [`InlineStr`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseIdError {
    /// The input is empty.
    Empty,
    /// The prefix (before the last `_`) breaks the TypeID grammar.
    InvalidPrefix {
        /// Which rule failed.
        reason: PrefixError,
        /// Byte offset in the input of the offending character (0 for whole-prefix rules).
        position: usize,
    },
    /// The suffix (after the last `_`) is not 26 characters long.
    SuffixLength {
        /// Its length in bytes.
        found: usize,
    },
    /// A suffix character is not in the lowercase Crockford base32 alphabet.
    InvalidChar {
        /// The character found.
        found: char,
        /// Its byte offset in the input.
        position: usize,
    },
    /// The suffix starts with a character above `7`, so it does not fit in 128 bits.
    Overflow {
        /// The first suffix character.
        found: char,
        /// Its byte offset in the input.
        position: usize,
    },
    /// A well-formed ID of another kind: `RunId::parse("user_…")`.
    WrongType {
        /// The kind that was expected: its key and prefix name it in the message.
        expected: &'static IdInfo,
        /// The prefix found (empty for an ID without prefix).
        found: InlineStr,
    },
    /// A well-formed ID whose prefix no declared kind uses (`AnyId`, `IdType::of`).
    UnknownPrefix {
        /// The prefix found (empty for an ID without prefix).
        found: InlineStr,
        /// Every prefix and alias that is known.
        known: &'static [&'static str],
    },
    /// A kind name that the manifest does not declare (`"rn".parse::<IdType>()`).
    UnknownType {
        /// The name found.
        found: InlineStr,
        /// Every declared kind name.
        known: &'static [&'static str],
    },
    /// A bare UUID where the kind cannot be known (`AnyId`); only typed parsers of kinds with `accept_uuid` take one.
    BareUuid {
        /// The kinds whose typed parse accepts a bare UUID.
        accepted_by: &'static [&'static str],
    },
}

impl ParseIdError {
    /// For [`UnknownPrefix`](Self::UnknownPrefix) and [`UnknownType`](Self::UnknownType): the closest known name,
    /// when the input looks like a typo of it.
    pub fn suggestion(&self) -> Option<&'static str> {
        match self {
            ParseIdError::UnknownPrefix { found, known }
            | ParseIdError::UnknownType { found, known } => {
                id_grammar::did_you_mean(found, known.iter().copied())
            }
            ParseIdError::Empty
            | ParseIdError::InvalidPrefix { .. }
            | ParseIdError::SuffixLength { .. }
            | ParseIdError::InvalidChar { .. }
            | ParseIdError::Overflow { .. }
            | ParseIdError::WrongType { .. }
            | ParseIdError::BareUuid { .. } => None,
        }
    }
}

/// The message of a prefix no kind declares, with a did-you-mean or else the known prefixes. Shared by
/// [`ParseIdError`] and [`KindError`](crate::KindError), so both say it in the same words.
pub(crate) fn write_unknown_prefix(
    f: &mut fmt::Formatter<'_>,
    found: &str,
    known: &[&str],
) -> fmt::Result {
    if found.is_empty() {
        f.write_str("the ID has no prefix, so its type is unknown")?;
    } else {
        write!(f, "unknown ID prefix `{found}`")?;
    }
    write_near_or_known(f, found, known, "prefixes")
}

/// The message of a kind key the manifest does not declare, with a did-you-mean or else the known keys.
pub(crate) fn write_unknown_type(
    f: &mut fmt::Formatter<'_>,
    found: &str,
    known: &[&str],
) -> fmt::Result {
    write!(f, "unknown ID type `{found}`")?;
    write_near_or_known(f, found, known, "types")
}

/// The end of an unknown-name message: the did-you-mean for `found`, or else every known name (`; known types: …`).
fn write_near_or_known(
    f: &mut fmt::Formatter<'_>,
    found: &str,
    known: &[&str],
    names: &str,
) -> fmt::Result {
    match id_grammar::did_you_mean(found, known.iter().copied()) {
        Some(near) => write!(f, "; did you mean `{near}`?"),
        None => {
            write!(f, "; known {names}: ")?;
            write_list(f, known)
        }
    }
}

/// The message of a bare UUID where the kind cannot be known.
pub(crate) fn write_bare_uuid(f: &mut fmt::Formatter<'_>, accepted_by: &[&str]) -> fmt::Result {
    f.write_str("a bare UUID has no prefix, so its ID type is unknown; ")?;
    if accepted_by.is_empty() {
        f.write_str("no kind in the manifest sets `accept_uuid = true`")
    } else {
        f.write_str("parse it with the typed parser of a kind that accepts bare UUIDs: ")?;
        write_list(f, accepted_by)
    }
}

/// Writes `a`, `b`, `c` for a did-you-mean fallback.
fn write_list(f: &mut fmt::Formatter<'_>, items: &[&str]) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "`{item}`")?;
    }
    Ok(())
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseIdError::Empty => f.write_str("an empty string is not an ID"),
            ParseIdError::InvalidPrefix { reason, position } => {
                write!(f, "invalid ID prefix at byte {position}: {reason}")
            }
            ParseIdError::SuffixLength { found: 0 } => {
                write!(
                    f,
                    "the ID has no suffix: expected {SUFFIX_LEN} base32 characters after the prefix"
                )
            }
            ParseIdError::SuffixLength { found } => write!(
                f,
                "the ID suffix must be {SUFFIX_LEN} characters long, found {found} (the suffix is everything after the last `_`)"
            ),
            ParseIdError::InvalidChar { found, position } => {
                write!(f, "invalid character {found:?} at byte {position}: ")?;
                if found.is_ascii_uppercase() {
                    f.write_str("IDs are lowercase")
                } else {
                    f.write_str(
                        "the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)",
                    )
                }
            }
            ParseIdError::Overflow { found, position } => write!(
                f,
                "the ID suffix starts with {found:?} at byte {position}: its first character must be 0-7, larger values overflow 128 bits"
            ),
            ParseIdError::WrongType { expected, found } => write_wrong_kind(f, expected, found),
            ParseIdError::UnknownPrefix { found, known } => write_unknown_prefix(f, found, known),
            ParseIdError::UnknownType { found, known } => write_unknown_type(f, found, known),
            ParseIdError::BareUuid { accepted_by } => write_bare_uuid(f, accepted_by),
        }
    }
}

impl std::error::Error for ParseIdError {}

/// The one wording of a wrong-kind error, from every path (parse, `TryFrom<AnyId>`, serde, GraphQL, literals) and
/// in every language `ids export` writes: the expected kind by its key, with its prefix where that differs, and the
/// prefix found.
///
/// `wrong ID type: expected a `run` ID, found a `user` ID`;
/// `wrong ID type: expected a `transaction` ID (`txn_…`), found a `user` ID`;
/// `wrong ID type: expected a `run` ID, found an ID without prefix`.
pub(crate) fn write_wrong_kind(
    f: &mut fmt::Formatter<'_>,
    expected: &IdInfo,
    found_prefix: &str,
) -> fmt::Result {
    write!(f, "wrong ID type: expected a `{}` ID", expected.name)?;
    if expected.prefix != expected.name {
        write!(f, " (`{}_…`)", expected.prefix)?;
    }
    if found_prefix.is_empty() {
        f.write_str(", found an ID without prefix")
    } else {
        write!(f, ", found a `{found_prefix}` ID")
    }
}

/// A typed ID was asked of an [`AnyId`](crate#the-generated-api) holding another kind.
///
/// The value is kept, so a failed conversion loses nothing: see [`into_inner`](Self::into_inner). The message is
/// the one `RunId::parse` gives for the same ID's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongIdType<A> {
    /// The kind that was asked for.
    pub expected: &'static IdInfo,
    /// The kind the value holds.
    pub found: &'static IdInfo,
    /// The value itself.
    pub value: A,
}

impl<A> WrongIdType<A> {
    /// Gives back the value that could not be converted.
    pub fn into_inner(self) -> A {
        self.value
    }
}

impl<A> fmt::Display for WrongIdType<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_wrong_kind(f, self.expected, self.found.prefix)
    }
}

impl<A: fmt::Debug> std::error::Error for WrongIdType<A> {}
