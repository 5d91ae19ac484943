//! Compile-time ID literals: `RunId::from_static("run_01h455vb4pex5vsknk084sn02q")` is a `const fn`.
//!
//! [`parse_literal`] applies the rules of `RunId::parse` (`parse/mod.rs`) as a `const fn`: the same split on the last `_`,
//! the same prefix grammar, aliases and bare UUIDs as the manifest says, and the same order of checks, so the same
//! error for the same input. The tests compare the two on the conformance vectors and on random input. In a `const`
//! or `static` item, a literal that breaks a rule stops the build with a message naming the rule (`message.rs`).

mod message;

use uuid::Uuid;

use crate::codec::{self, SUFFIX_LEN, SuffixError};
use crate::{IdInfo, InlineStr, ParseIdError, PrefixError};

/// Which rule of `RunId::parse` a literal broke, with byte positions into the literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LiteralError {
    Empty,
    /// The prefix breaks the grammar (`_` first, with nothing before it, included).
    Prefix(PrefixError),
    SuffixLength {
        found: usize,
    },
    InvalidChar {
        position: usize,
    },
    Overflow {
        position: usize,
    },
    /// A well-formed ID whose prefix, `literal[..found_len]`, is neither the kind's nor one of its aliases.
    WrongType {
        found_len: usize,
    },
}

/// The UUID of `input` as an ID of the kind `info` describes, or the rule it breaks.
pub(crate) const fn parse_literal(input: &str, info: &IdInfo) -> Result<Uuid, LiteralError> {
    let bytes = input.as_bytes();
    // As `parse_typed`'s fast path: in the shape `prefix_` + 26 characters, another kind's valid prefix is a wrong
    // type whatever the suffix holds.
    if bytes.len() > SUFFIX_LEN + 1 {
        let separator = bytes.len() - SUFFIX_LEN - 1;
        let (found, _) = bytes.split_at(separator);
        if bytes[separator] == b'_' && !is_own_prefix(found, info) && is_valid_nonempty(found) {
            return Err(LiteralError::WrongType {
                found_len: separator,
            });
        }
    }
    if info.accept_uuid {
        if let Some(uuid) = bare_uuid(input) {
            return Ok(uuid);
        }
    }
    if bytes.is_empty() {
        return Err(LiteralError::Empty);
    }
    // Split on the last `_`, as the spec says.
    let (prefix_len, suffix_start) = match last_underscore(bytes) {
        Some(0) => return Err(LiteralError::Prefix(PrefixError::EmptyBeforeSeparator)),
        Some(separator) => (separator, separator + 1),
        None => (0, 0),
    };
    let (prefix, _) = bytes.split_at(prefix_len);
    if let Err(error) = id_grammar::check_prefix_bytes(prefix) {
        return Err(LiteralError::Prefix(error));
    }
    let (_, suffix) = bytes.split_at(suffix_start);
    let suffix = match suffix.first_chunk::<SUFFIX_LEN>() {
        Some(chunk) if suffix.len() == SUFFIX_LEN => chunk,
        _ => {
            return Err(LiteralError::SuffixLength {
                found: suffix.len(),
            });
        }
    };
    let value = match codec::decode_const(suffix) {
        Ok(value) => value,
        Err(SuffixError::InvalidByte(index)) => {
            return Err(LiteralError::InvalidChar {
                position: suffix_start + index,
            });
        }
        Err(SuffixError::Overflow) => {
            return Err(LiteralError::Overflow {
                position: suffix_start,
            });
        }
    };
    if is_own_prefix(prefix, info) {
        Ok(Uuid::from_u128(value))
    } else {
        Err(LiteralError::WrongType {
            found_len: prefix_len,
        })
    }
}

/// `RunId::from_static`: the UUID of a valid literal; for an invalid one, a panic whose message names the rule,
/// which in a `const` or `static` item is a compile error.
#[track_caller]
pub const fn from_static(input: &str, info: &IdInfo) -> Uuid {
    match parse_literal(input, info) {
        Ok(uuid) => uuid,
        Err(error) => {
            let message = message::Message::of(error, input, info);
            panic!("{}", message.as_str())
        }
    }
}

/// The message of the compile error for `input`, or `None` for a valid literal.
pub(crate) fn error_message(input: &str, info: &IdInfo) -> Option<String> {
    match parse_literal(input, info) {
        Ok(_) => None,
        Err(error) => Some(message::Message::of(error, input, info).as_str().to_owned()),
    }
}

/// The error `RunId::parse` returns for the same input, for the tests that compare the two parsers.
pub(crate) fn to_parse_error(
    error: LiteralError,
    input: &str,
    info: &'static IdInfo,
) -> ParseIdError {
    let char_at = |position: usize| {
        input
            .get(position..)
            .and_then(|rest| rest.chars().next())
            .unwrap_or('\u{fffd}')
    };
    match error {
        LiteralError::Empty => ParseIdError::Empty,
        LiteralError::Prefix(reason) => {
            let prefix_len = input.rfind('_').unwrap_or(0);
            crate::parse::invalid_prefix(input.get(..prefix_len).unwrap_or(input), reason)
        }
        LiteralError::SuffixLength { found } => ParseIdError::SuffixLength { found },
        LiteralError::InvalidChar { position } => ParseIdError::InvalidChar {
            found: char_at(position),
            position,
        },
        LiteralError::Overflow { position } => ParseIdError::Overflow {
            found: char_at(position),
            position,
        },
        LiteralError::WrongType { found_len } => ParseIdError::WrongType {
            expected: info,
            found: InlineStr::new(input.get(..found_len).unwrap_or(input)),
        },
    }
}

/// A non-empty prefix the grammar accepts.
const fn is_valid_nonempty(prefix: &[u8]) -> bool {
    !prefix.is_empty() && id_grammar::check_prefix_bytes(prefix).is_ok()
}

/// The kind's prefix or one of its aliases.
const fn is_own_prefix(found: &[u8], info: &IdInfo) -> bool {
    if crate::prefix_table::equal(found, info.prefix.as_bytes()) {
        return true;
    }
    let mut i = 0;
    while i < info.aliases.len() {
        if crate::prefix_table::equal(found, info.aliases[i].as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

const fn last_underscore(bytes: &[u8]) -> Option<usize> {
    let mut i = bytes.len();
    while i > 0 {
        i -= 1;
        if bytes[i] == b'_' {
            return Some(i);
        }
    }
    None
}

/// A UUID in its simple or hyphenated text form, either case: `id_grammar::parse_bare_uuid`, as `RunId::parse`
/// takes it.
const fn bare_uuid(input: &str) -> Option<Uuid> {
    match id_grammar::parse_bare_uuid(input) {
        Some(value) => Some(Uuid::from_u128(value)),
        None => None,
    }
}

#[cfg(test)]
mod tests;
