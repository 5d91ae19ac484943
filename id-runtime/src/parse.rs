//! Parsing TypeID text, spec-exact: split on the last `_`, check the prefix grammar, decode 26 base32 characters.

use uuid::Uuid;

use crate::codec::{self, SUFFIX_LEN, SuffixError};
use crate::{IdInfo, InlineStr, ParseIdError, PrefixError, check_prefix};

/// Parses any TypeID: the prefix (borrowed from `input`, empty when there is none) and the UUID.
pub(crate) fn parse_any(input: &str) -> Result<(&str, Uuid), ParseIdError> {
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
        let position = match reason {
            PrefixError::InvalidChar { index, .. } => index,
            PrefixError::EndsWithUnderscore => prefix.len() - 1,
            PrefixError::EmptyBeforeSeparator
            | PrefixError::TooLong { .. }
            | PrefixError::StartsWithUnderscore => 0,
        };
        return Err(ParseIdError::InvalidPrefix { reason, position });
    }
    let value = decode_suffix(input, suffix_start)?;
    Ok((prefix, Uuid::from_u128(value)))
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
    codec::decode(suffix).map_err(|error| {
        let index = match error {
            SuffixError::InvalidByte(index) => index,
            SuffixError::Overflow => 0,
        };
        let position = suffix_start + index;
        // Every byte before `index` was ASCII, so `position` is a character boundary.
        let found = input[position..].chars().next().unwrap_or('\u{fffd}');
        match error {
            SuffixError::InvalidByte(_) => ParseIdError::InvalidChar { found, position },
            SuffixError::Overflow => ParseIdError::Overflow { found, position },
        }
    })
}

/// Parses an ID of one kind: its prefix, one of its aliases, or (with `accept_uuid`) a bare UUID.
#[inline]
pub(crate) fn parse_typed(input: &str, info: &IdInfo) -> Result<Uuid, ParseIdError> {
    // Fast path: `prefix_` followed by exactly 26 characters.
    let prefix = info.prefix.as_bytes();
    let bytes = input.as_bytes();
    if bytes.len() == prefix.len() + 1 + SUFFIX_LEN
        && bytes.starts_with(prefix)
        && bytes[prefix.len()] == b'_'
        && let Ok(suffix) = <&[u8; SUFFIX_LEN]>::try_from(&bytes[prefix.len() + 1..])
        && let Ok(value) = codec::decode(suffix)
    {
        return Ok(Uuid::from_u128(value));
    }
    parse_typed_slow(input, info)
}

/// Everything but the canonical form: aliases, bare UUIDs, and the precise error.
#[cold]
fn parse_typed_slow(input: &str, info: &IdInfo) -> Result<Uuid, ParseIdError> {
    if info.accept_uuid
        && let Some(uuid) = parse_bare_uuid(input)
    {
        return Ok(uuid);
    }
    let (prefix, uuid) = parse_any(input)?;
    if prefix == info.prefix || info.aliases.contains(&prefix) {
        Ok(uuid)
    } else {
        Err(ParseIdError::WrongType {
            expected: info.prefix,
            found: InlineStr::new(prefix),
        })
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
