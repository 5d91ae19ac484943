//! Parsing TypeID text, spec-exact: split on the last `_`, check the prefix grammar, decode 26 base32 characters.

mod prefix_word;

use uuid::Uuid;

use crate::codec::{self, SUFFIX_LEN, SuffixError};
use crate::{IdInfo, InlineStr, ParseIdError, PrefixError, TypedId, check_prefix};
use id_grammar::is_valid_prefix as is_valid_nonempty;
use prefix_word::{is_valid_prefix_word, short_prefix_word};

/// Parses any TypeID: the prefix (borrowed from `input`, empty when there is none) and the UUID.
#[inline]
pub(crate) fn parse_any(input: &str) -> Result<(&str, Uuid), ParseIdError> {
    // Fast path: a non-empty valid prefix, `_`, 26 valid characters.
    if let Some((prefix, suffix)) = split_canonical(input) {
        if is_valid_nonempty(prefix) {
            if let Ok(value) = codec::decode(suffix) {
                return Ok((prefix, Uuid::from_u128(value)));
            }
        }
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
    ParseIdError::InvalidPrefix {
        reason,
        position: reason.position(prefix.len()),
    }
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
/// Generic over the ID type and inlined into `RunId::parse`, so that the caller's `Result` is built in registers
/// and written once: the three common outcomes (an ID of this kind, another kind's ID, a character outside the
/// alphabet) are built here without a call. A call that writes the `Result` through memory makes the caller copy
/// it back out (store-forwarding stalls, more than half of a rejection); only rare shapes go through one.
#[inline(always)]
pub(crate) fn parse_typed<T: TypedId>(input: &str) -> Result<T, ParseIdError> {
    let info = T::INFO;
    // Fast paths for the canonical shape, `prefix_` + 26 characters.
    if let Some((found, suffix)) = split_canonical(input) {
        if found == info.prefix {
            return match codec::decode(suffix) {
                Ok(value) => Ok(T::from_uuid(Uuid::from_u128(value))),
                Err(error) => match canonical_suffix_error(input, found.len() + 1, suffix, error) {
                    Some(error) => Err(error),
                    None => parse_typed_slow_as(input),
                },
            };
        } else if let Some(word) = short_prefix_word(input.as_bytes(), found.len()) {
            // Another kind's ID is named as such as soon as its prefix is read: the suffix is checked for its
            // length only, so rejecting a wrong kind costs a few comparisons, never a decode or an allocation.
            if is_valid_prefix_word(word, found.len()) && !info.aliases.contains(&found) {
                return Err(ParseIdError::WrongType {
                    expected: info,
                    found: InlineStr::from_word(word, found.len()),
                });
            }
        } else if !info.aliases.contains(&found) && is_valid_long_prefix(found) {
            return Err(wrong_type(info, input, found.len()));
        }
    }
    parse_typed_slow_as(input)
}

/// The error for a canonical-shape suffix that failed to decode, or `None` for the slow path to decide: when the
/// suffix holds a `_` (the spec's split is then elsewhere) or the offending byte starts a non-ASCII character.
#[inline(always)]
fn canonical_suffix_error(
    input: &str,
    suffix_start: usize,
    suffix: &[u8; SUFFIX_LEN],
    error: SuffixError,
) -> Option<ParseIdError> {
    if has_underscore(suffix) {
        return None;
    }
    let position = suffix_start
        + match error {
            SuffixError::InvalidByte(index) => index,
            SuffixError::Overflow => 0,
        };
    // An ASCII byte is the whole character; anything else is left to the slow path, which decodes it.
    let byte = *input.as_bytes().get(position)?;
    if !byte.is_ascii() {
        return None;
    }
    let found = char::from(byte);
    Some(match error {
        SuffixError::InvalidByte(_) => ParseIdError::InvalidChar { found, position },
        SuffixError::Overflow => ParseIdError::Overflow { found, position },
    })
}

/// Whether any of the 26 bytes is `_`: four overlapping 8-byte words, each tested for a zero byte after XOR.
#[inline(always)]
fn has_underscore(suffix: &[u8; SUFFIX_LEN]) -> bool {
    const ONES: u64 = u64::MAX / 0xFF;
    let word = |at: usize| {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(&suffix[at..at + 8]);
        u64::from_le_bytes(bytes) ^ (ONES * u64::from(b'_'))
    };
    // The classic test: non-zero exactly when some byte of `x` is zero (bytes above the first zero may be marked
    // wrongly; the answer is not).
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & (ONES << 7) != 0;
    has_zero(word(0)) || has_zero(word(8)) || has_zero(word(16)) || has_zero(word(18))
}

/// [`parse_typed_slow`], building the typed ID.
///
/// The result comes back through a local of its own rather than as the return value: a call that returns the
/// `Result` writes it into the caller's slot, which then lives in memory on every path, and the caller's copy of
/// it (any move of the `Result`) stalls on the fresh stores. Written through `out`, the fast paths stay in
/// registers.
#[inline(always)]
fn parse_typed_slow_as<T: TypedId>(input: &str) -> Result<T, ParseIdError> {
    let mut out = Err(ParseIdError::Empty);
    parse_typed_slow_into(input, T::INFO, &mut out);
    out.map(T::from_uuid)
}

#[cold]
#[inline(never)]
fn parse_typed_slow_into(input: &str, info: &'static IdInfo, out: &mut Result<Uuid, ParseIdError>) {
    *out = parse_typed_slow(input, info);
}

/// Whether a prefix longer than eight bytes is valid: a call, so the inlined parser stays small.
#[inline(never)]
fn is_valid_long_prefix(prefix: &str) -> bool {
    is_valid_nonempty(prefix)
}

/// `WrongType` for `input`, whose first `found_len` bytes are another kind's prefix: built in place for a prefix of
/// up to 16 bytes (one masked load), by a call beyond.
#[inline(always)]
fn wrong_type(expected: &'static IdInfo, input: &str, found_len: usize) -> ParseIdError {
    match InlineStr::short_prefix_of(input, found_len) {
        Some(found) => ParseIdError::WrongType { expected, found },
        None => {
            // Through a local, for the reason given at `parse_typed_slow_as`.
            let mut found = InlineStr::EMPTY;
            copy_prefix(input.get(..found_len).unwrap_or(input), &mut found);
            ParseIdError::WrongType { expected, found }
        }
    }
}

#[cold]
#[inline(never)]
fn copy_prefix(prefix: &str, out: &mut InlineStr) {
    *out = InlineStr::new(prefix);
}

/// Everything but the canonical form: aliases, bare UUIDs, and the precise error.
#[cold]
#[inline(never)]
fn parse_typed_slow(input: &str, info: &'static IdInfo) -> Result<Uuid, ParseIdError> {
    if info.accept_uuid {
        if let Some(uuid) = parse_bare_uuid(input) {
            return Ok(uuid);
        }
    }
    let (prefix, uuid) = parse_any_slow(input)?;
    if prefix == info.prefix || info.aliases.contains(&prefix) {
        Ok(uuid)
    } else {
        Err(wrong_type(info, input, prefix.len()))
    }
}

/// A UUID in its hyphenated or simple text form, either case; `None` for anything else.
pub(crate) fn parse_bare_uuid(input: &str) -> Option<Uuid> {
    id_grammar::parse_bare_uuid(input).map(Uuid::from_u128)
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
                    position: 1
                },
                position: 1
            })
        );
    }

    /// A typed ID for the tests, of the kind `run` with the alias `old`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    struct TestRun(Uuid);

    static TEST_INFO: IdInfo = {
        let mut info = IdInfo::new("run", "run", "test");
        info.aliases = &["old"];
        info
    };

    impl crate::__private::Generated for TestRun {}

    impl TypedId for TestRun {
        const INFO: &'static IdInfo = &TEST_INFO;
        fn from_uuid(uuid: Uuid) -> Self {
            TestRun(uuid)
        }
        fn uuid(&self) -> Uuid {
            self.0
        }
    }

    impl core::fmt::Display for TestRun {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("run")
        }
    }

    impl core::str::FromStr for TestRun {
        type Err = ParseIdError;
        fn from_str(input: &str) -> Result<Self, ParseIdError> {
            parse_typed(input)
        }
    }

    /// The fast paths of the typed parse (the kind's own ID, another kind's, a bad suffix byte) against the slow
    /// path that spells out the spec, for every byte value in every position of several inputs, and a few
    /// multi-byte characters. One difference is by design: an ID of the canonical shape whose prefix is another
    /// valid prefix is `WrongType` whatever its suffix holds, since the suffix is checked for its length only.
    #[test]
    fn the_fast_paths_agree_with_the_slow_path() {
        let bases = [
            "run_01h455vb4pex5vsknk084sn02q",
            "txn_01h455vb4pex5vsknk084sn02q",
            "old_01h455vb4pex5vsknk084sn02q",
            "a_b_01h455vb4pex5vsknk084sn02q",
            "abcdefghijklmnop_01h455vb4pex5vsknk084sn02q",
            "abcdefghijklmnopq_01h455vb4pex5vsknk084sn02q",
            "run_7zzzzzzzzzzzzzzzzzzzzzzzzz",
        ];
        let agree = |input: &str| {
            let expected = match split_canonical(input) {
                Some((found, _))
                    if !["run", "old"].contains(&found) && is_valid_nonempty(found) =>
                {
                    Err(ParseIdError::WrongType {
                        expected: &TEST_INFO,
                        found: InlineStr::new(found),
                    })
                }
                _ => parse_typed_slow(input, &TEST_INFO).map(TestRun),
            };
            assert_eq!(parse_typed::<TestRun>(input), expected, "{input:?}");
        };
        // Miri interprets every step: there, the printable ASCII bytes and a few others.
        let bytes: Vec<u8> = if cfg!(miri) {
            (b' '..=b'~').step_by(3).chain([0, 0x7F]).collect()
        } else {
            (0..=0x7F).collect()
        };
        let bases = if cfg!(miri) { &bases[..2] } else { &bases[..] };
        for &base in bases {
            agree(base);
            for position in 0..base.len() {
                for &byte in &bytes {
                    let mut mutated = base.as_bytes().to_vec();
                    mutated[position] = byte;
                    agree(core::str::from_utf8(&mutated).unwrap());
                }
                for replacement in ["é", "\u{1F600}", "_"] {
                    let mut mutated = base.to_owned();
                    mutated.replace_range(position..=position, replacement);
                    agree(&mutated);
                }
            }
        }
    }

    #[test]
    fn has_underscore_finds_one_in_any_position() {
        let clean = *b"01h455vb4pex5vsknk084sn02q";
        assert!(!has_underscore(&clean));
        for position in 0..SUFFIX_LEN {
            let mut suffix = clean;
            suffix[position] = b'_';
            assert!(has_underscore(&suffix), "{position}");
            // Bytes next to `_` in value must not look like it.
            suffix[position] = b'^';
            assert!(!has_underscore(&suffix), "{position}");
            suffix[position] = b'`';
            assert!(!has_underscore(&suffix), "{position}");
            suffix[position] = 0xDF;
            assert!(!has_underscore(&suffix), "{position}");
        }
    }
}
