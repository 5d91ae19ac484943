//! Parsing TypeID text, spec-exact: split on the last `_`, check the prefix grammar, decode 26 base32 characters.

use uuid::Uuid;

use crate::codec::{self, SUFFIX_LEN, SuffixError};
use crate::prefix::{is_valid_nonempty, is_valid_short_prefix_of};
use crate::{IdInfo, InlineStr, ParseIdError, PrefixError, TypedId, check_prefix};

/// Parses any TypeID: the prefix (borrowed from `input`, empty when there is none) and the UUID.
#[inline]
pub(crate) fn parse_any(input: &str) -> Result<(&str, Uuid), ParseIdError> {
    // Fast path: a non-empty valid prefix, `_`, 26 valid characters.
    if let Some((prefix, suffix)) = split_canonical(input)
        && is_valid_nonempty(prefix)
        && let Ok(value) = codec::decode(suffix)
    {
        return Ok((prefix, Uuid::from_u128(value)));
    }
    parse_any_slow(input)
}

/// `prefix_` + 26 characters, split without looking for the last `_`: when the suffix decodes, it holds no `_`, so
/// this `_` is the last one. `None` when the input has no such shape or the prefix would be empty.
#[inline]
pub(crate) fn split_canonical(input: &str) -> Option<(&str, &[u8; SUFFIX_LEN])> {
    let separator = input.len().checked_sub(SUFFIX_LEN + 1)?;
    let bytes = input.as_bytes();
    if separator == 0 || bytes[separator] != b'_' {
        return None;
    }
    let suffix = <&[u8; SUFFIX_LEN]>::try_from(&bytes[separator + 1..]).ok()?;
    // `_` is ASCII, so `separator` is a character boundary.
    Some((input.get(..separator)?, suffix))
}

/// Every other shape, and the precise error: split on the last `_` as the spec says.
#[cold]
fn parse_any_slow(input: &str) -> Result<(&str, Uuid), ParseIdError> {
    if input.is_empty() {
        return Err(ParseIdError::Empty);
    }
    let (prefix, suffix_start) = match input.rfind('_') {
        Some(0) => {
            return Err(ParseIdError::InvalidPrefix {
                reason: PrefixError::EmptyBeforeSeparator,
                position: 0,
            });
        }
        Some(separator) => (&input[..separator], separator + 1),
        None => ("", 0),
    };
    if let Err(reason) = check_prefix(prefix) {
        return Err(invalid_prefix(prefix, reason));
    }
    let value = decode_suffix(input, suffix_start)?;
    Ok((prefix, Uuid::from_u128(value)))
}

/// The error for a prefix that breaks the grammar, with the position of the offending byte.
pub(crate) fn invalid_prefix(prefix: &str, reason: PrefixError) -> ParseIdError {
    let position = match reason {
        PrefixError::InvalidChar { index, .. } => index,
        PrefixError::EndsWithUnderscore => prefix.len().saturating_sub(1),
        PrefixError::EmptyBeforeSeparator
        | PrefixError::TooLong { .. }
        | PrefixError::StartsWithUnderscore => 0,
    };
    ParseIdError::InvalidPrefix { reason, position }
}

/// Decodes `input[suffix_start..]`, reporting positions relative to the whole input.
#[inline]
fn decode_suffix(input: &str, suffix_start: usize) -> Result<u128, ParseIdError> {
    let suffix = &input.as_bytes()[suffix_start..];
    let Ok(suffix) = <&[u8; SUFFIX_LEN]>::try_from(suffix) else {
        return Err(ParseIdError::SuffixLength {
            found: suffix.len(),
        });
    };
    codec::decode(suffix).map_err(|error| suffix_error(input, suffix_start, error))
}

/// The error for a suffix at `input[suffix_start..]` that failed to decode, with its position in `input`.
#[cold]
#[inline(never)]
fn suffix_error(input: &str, suffix_start: usize, error: SuffixError) -> ParseIdError {
    let index = match error {
        SuffixError::InvalidByte(index) => index,
        SuffixError::Overflow => 0,
    };
    let position = suffix_start + index;
    // Every byte before `index` was ASCII, so `position` is a character boundary.
    let found = input
        .get(position..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or('\u{fffd}');
    match error {
        SuffixError::InvalidByte(_) => ParseIdError::InvalidChar { found, position },
        SuffixError::Overflow => ParseIdError::Overflow { found, position },
    }
}

/// Parses an ID of one kind: its prefix, one of its aliases, or (with `accept_uuid`) a bare UUID.
///
/// Generic over the ID type so that, inlined into `RunId::parse`, the result is built where the caller wants it:
/// mapping a `Result<Uuid, ParseIdError>` to `Result<RunId, ParseIdError>` would copy the 90-byte error. Only the
/// shape and prefix checks are inlined; each outcome (decode, wrong kind, anything else) is one call, so a
/// rejection does not pay for setting up the decoder.
#[inline(always)]
pub(crate) fn parse_typed<T: TypedId>(input: &str) -> Result<T, ParseIdError> {
    let info = T::INFO;
    // Fast paths for the canonical shape, `prefix_` + 26 characters.
    if let Some((found, suffix)) = split_canonical(input) {
        if found == info.prefix {
            return decode_typed(input, found.len(), suffix);
        } else if !info.aliases.contains(&found)
            && is_valid_short_prefix_of(input.as_bytes(), found.len())
                .unwrap_or_else(|| is_valid_nonempty(found))
        {
            // Another kind's ID is named as such as soon as its prefix is read: the suffix is checked for its
            // length only, so rejecting a wrong kind costs a few comparisons, never a decode or an allocation.
            return Err(wrong_type(info.prefix, input, found.len()));
        }
    }
    parse_typed_slow_as(input)
}

/// The suffix of an ID in the canonical shape whose prefix is the kind's own.
#[inline]
fn decode_typed<T: TypedId>(
    input: &str,
    prefix_len: usize,
    suffix: &[u8; SUFFIX_LEN],
) -> Result<T, ParseIdError> {
    match codec::decode(suffix) {
        Ok(value) => Ok(T::from_uuid(Uuid::from_u128(value))),
        // With no `_` in the suffix, this `_` is the last one: the spec's split, so the error is final.
        Err(error) if !suffix.contains(&b'_') => Err(suffix_error(input, prefix_len + 1, error)),
        Err(_) => parse_typed_slow_as(input),
    }
}

/// [`parse_typed_slow`], building the typed ID.
#[cold]
#[inline(never)]
fn parse_typed_slow_as<T: TypedId>(input: &str) -> Result<T, ParseIdError> {
    match parse_typed_slow(input, T::INFO) {
        Ok(uuid) => Ok(T::from_uuid(uuid)),
        Err(error) => Err(error),
    }
}

/// `WrongType` for `input`, whose first `found_len` bytes are another kind's prefix.
#[cold]
#[inline(never)]
fn wrong_type(expected: &'static str, input: &str, found_len: usize) -> ParseIdError {
    if let Some(found) = InlineStr::short_prefix_of(input, found_len) {
        return ParseIdError::WrongType { expected, found };
    }
    wrong_type_long(expected, input.get(..found_len).unwrap_or(input))
}

#[cold]
#[inline(never)]
fn wrong_type_long(expected: &'static str, found: &str) -> ParseIdError {
    ParseIdError::WrongType {
        expected,
        found: InlineStr::new(found),
    }
}

/// Everything but the canonical form: aliases, bare UUIDs, and the precise error.
#[cold]
#[inline(never)]
fn parse_typed_slow(input: &str, info: &IdInfo) -> Result<Uuid, ParseIdError> {
    if info.accept_uuid
        && let Some(uuid) = parse_bare_uuid(input)
    {
        return Ok(uuid);
    }
    let (prefix, uuid) = parse_any_slow(input)?;
    if prefix == info.prefix || info.aliases.contains(&prefix) {
        Ok(uuid)
    } else {
        Err(wrong_type(info.prefix, input, prefix.len()))
    }
}

/// A UUID in its hyphenated or simple text form, either case; `None` for anything else.
pub(crate) fn parse_bare_uuid(input: &str) -> Option<Uuid> {
    match input.len() {
        32 | 36 => Uuid::try_parse(input).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_on_the_last_underscore() {
        let (prefix, uuid) = parse_any("pre_fix_00000000000000000000000001").unwrap();
        assert_eq!(prefix, "pre_fix");
        assert_eq!(uuid.as_u128(), 1);
        assert_eq!(parse_any("00000000000000000000000001").unwrap().0, "");
    }

    #[test]
    fn errors_name_the_rule_and_the_position() {
        assert_eq!(parse_any(""), Err(ParseIdError::Empty));
        assert_eq!(
            parse_any("run_0000000000000000000000000"),
            Err(ParseIdError::SuffixLength { found: 25 })
        );
        assert_eq!(
            parse_any("run_0000000000000000000000000u"),
            Err(ParseIdError::InvalidChar {
                found: 'u',
                position: 29
            })
        );
        assert_eq!(
            parse_any("run_8zzzzzzzzzzzzzzzzzzzzzzzzz"),
            Err(ParseIdError::Overflow {
                found: '8',
                position: 4
            })
        );
        assert_eq!(
            parse_any("rUn_00000000000000000000000000"),
            Err(ParseIdError::InvalidPrefix {
                reason: PrefixError::InvalidChar {
                    found: 'U',
                    index: 1
                },
                position: 1
            })
        );
    }
}
