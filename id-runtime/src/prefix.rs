//! The TypeID v0.3 prefix grammar: `[a-z]([a-z_]{0,61}[a-z])?`.

use core::fmt;

/// The longest prefix TypeID allows.
pub const MAX_PREFIX_LEN: usize = 63;

/// Which rule of the prefix grammar `[a-z]([a-z_]{0,61}[a-z])?` a prefix broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PrefixError {
    /// A `_` separator with nothing before it: an ID without a prefix has no separator at all.
    EmptyBeforeSeparator,
    /// More than 63 characters.
    TooLong {
        /// The length found, in bytes.
        len: usize,
    },
    /// The first character is `_`.
    StartsWithUnderscore,
    /// The last character is `_`.
    EndsWithUnderscore,
    /// A character other than `a`–`z` and `_`.
    InvalidChar {
        /// The character found.
        found: char,
        /// Its byte offset within the prefix.
        index: usize,
    },
}

impl fmt::Display for PrefixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PrefixError::EmptyBeforeSeparator => {
                f.write_str("the prefix before `_` is empty (an ID without a prefix has no `_`)")
            }
            PrefixError::TooLong { len } => {
                write!(
                    f,
                    "the prefix is {len} characters long; at most {MAX_PREFIX_LEN} are allowed"
                )
            }
            PrefixError::StartsWithUnderscore => f.write_str("the prefix starts with `_`"),
            PrefixError::EndsWithUnderscore => f.write_str("the prefix ends with `_`"),
            PrefixError::InvalidChar { found, .. } if found.is_ascii_uppercase() => {
                write!(
                    f,
                    "the prefix has the uppercase letter `{found}`; prefixes are lowercase"
                )
            }
            PrefixError::InvalidChar { found, .. } => write!(
                f,
                "the prefix has the character {found:?}; prefixes use only lowercase ASCII letters and `_`"
            ),
        }
    }
}

/// Checks `prefix` against the TypeID grammar. The empty prefix is valid (an ID with no `_`).
pub fn check_prefix(prefix: &str) -> Result<(), PrefixError> {
    let bytes = prefix.as_bytes();
    if bytes.len() > MAX_PREFIX_LEN {
        return Err(PrefixError::TooLong { len: bytes.len() });
    }
    for (index, &byte) in bytes.iter().enumerate() {
        if !(byte.is_ascii_lowercase() || byte == b'_') {
            // Every earlier byte was ASCII, so `index` is a character boundary.
            let found = prefix[index..].chars().next().unwrap_or('\u{fffd}');
            return Err(PrefixError::InvalidChar { found, index });
        }
    }
    match (bytes.first(), bytes.last()) {
        (Some(b'_'), _) => Err(PrefixError::StartsWithUnderscore),
        (_, Some(b'_')) => Err(PrefixError::EndsWithUnderscore),
        _ => Ok(()),
    }
}

/// Whether `prefix` is a non-empty prefix that [`check_prefix`] accepts; a loop the compiler can inline, for hot
/// paths that only need the answer.
#[inline(always)]
pub(crate) fn is_valid_nonempty(prefix: &str) -> bool {
    let bytes = prefix.as_bytes();
    matches!(
        (bytes.first(), bytes.last()),
        (Some(b'a'..=b'z'), Some(b'a'..=b'z'))
    ) && bytes.len() <= MAX_PREFIX_LEN
        && bytes.iter().all(|&b| b.is_ascii_lowercase() || b == b'_')
}

/// `input[..len]` as a little-endian word, zero above, for `len` from 1 to 8 and an `input` of at least 8 bytes.
#[inline(always)]
pub(crate) fn short_prefix_word(input: &[u8], len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let head = u64::from_le_bytes(*input.first_chunk::<8>()?);
    Some(head & (u64::MAX >> (64 - 8 * len)))
}

/// Whether `word`, from [`short_prefix_word`], holds a non-empty prefix that [`check_prefix`] accepts: a letter
/// first and last, letters and `_` between. All eight bytes at once (SWAR), no branch per byte.
#[inline(always)]
pub(crate) fn is_valid_prefix_word(word: u64, len: usize) -> bool {
    const ONES: u64 = u64::MAX / 0xFF;
    const HIGH: u64 = ONES << 7;
    // The high bit of each byte of `word + (0x80 - c)` says whether the byte is at least `c`. A byte at or above
    // 0x80 may carry into the next one; it is neither a letter nor `_`, so the answer is `false` whatever the
    // carry does above it. Bytes past the prefix are zero and never carry.
    let at_least = |c: u8| word.wrapping_add(ONES * u64::from(0x80 - c));
    let letter = at_least(b'a') & !at_least(b'z' + 1) & HIGH;
    // A zero byte of `word ^ "____…"` is a `_`: adding 0x7F to its low seven bits sets the high bit of every
    // other byte, without carrying.
    let flipped = word ^ (ONES * u64::from(b'_'));
    let underscore = !(((flipped & !HIGH) + !HIGH) | flipped) & HIGH;
    let in_prefix = HIGH >> (64 - 8 * len);
    let ends = 0x80 | (0x80 << (8 * (len - 1)));
    (letter | underscore) & in_prefix == in_prefix && letter & ends == ends
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`short_prefix_word`] and [`is_valid_prefix_word`], the SWAR check, on the first `len` bytes of `input`.
    fn is_valid_short_prefix_of(input: &[u8], len: usize) -> Option<bool> {
        short_prefix_word(input, len).map(|word| is_valid_prefix_word(word, len))
    }

    /// The SWAR check against [`check_prefix`]: every length, every byte value in every position of several
    /// prefixes, with the bytes after the prefix clean and hostile; and every pair of positions holding bytes at
    /// the edges of each range, where a carry from one byte could change the answer for the next.
    #[test]
    fn the_swar_check_agrees_with_the_grammar() {
        let agree = |input: [u8; 8], len: usize| {
            let expected = match core::str::from_utf8(&input[..len]) {
                Ok(prefix) => !prefix.is_empty() && check_prefix(prefix).is_ok(),
                Err(_) => false,
            };
            assert_eq!(
                is_valid_short_prefix_of(&input, len),
                Some(expected),
                "{:?} (first {len} bytes)",
                &input[..len]
            );
        };
        // Miri interprets every step: there, one base and two tails.
        let bases: &[[u8; 8]] = if cfg!(miri) {
            &[*b"abc_efgh"]
        } else {
            &[*b"abc_efgh", *b"zzzzzzzz", *b"a_______", *b"________"]
        };
        let tails: &[u8] = if cfg!(miri) {
            &[0, 0xDF]
        } else {
            &[0, b'_', b'a', 0xFF, b'A', 0xDF]
        };
        for &base in bases {
            for len in 1..=8 {
                for &tail in tails {
                    let mut input = base;
                    input[len..].fill(tail);
                    agree(input, len);
                    for position in 0..len {
                        for byte in 0..=255u8 {
                            let mut changed = input;
                            changed[position] = byte;
                            agree(changed, len);
                        }
                    }
                }
            }
        }
        // Miri: the bytes that sit next to a range's edge or carry, and lengths up to four.
        let (edges, longest): (&[u8], usize) = if cfg!(miri) {
            (&[0, b'_', b'a', b'z', 0x7B, 0xE1, 0xFF], 4)
        } else {
            (
                &[
                    0, 1, 0x5E, b'_', 0x60, b'a', b'b', b'y', b'z', 0x7B, 0x7F, 0x80, 0x9F, 0xDF,
                    0xE0, 0xE1, 0xFA, 0xFB, 0xFF,
                ],
                8,
            )
        };
        for len in 2..=longest {
            for first in 0..len {
                for second in first + 1..len {
                    for &a in edges {
                        for &b in edges {
                            let mut input = *b"abcdefgh";
                            input[first] = a;
                            input[second] = b;
                            agree(input, len);
                        }
                    }
                }
            }
        }
        assert_eq!(is_valid_short_prefix_of(b"abcdefghij", 9), None);
        assert_eq!(is_valid_short_prefix_of(b"abcdefghij", 0), None);
        assert_eq!(is_valid_short_prefix_of(b"abc", 2), None);
    }

    #[test]
    fn grammar() {
        assert_eq!(check_prefix(""), Ok(()));
        assert_eq!(check_prefix("a"), Ok(()));
        assert_eq!(check_prefix("pre_fix"), Ok(()));
        assert_eq!(check_prefix(&"a".repeat(63)), Ok(()));
        assert_eq!(
            check_prefix(&"a".repeat(64)),
            Err(PrefixError::TooLong { len: 64 })
        );
        assert_eq!(check_prefix("_a"), Err(PrefixError::StartsWithUnderscore));
        assert_eq!(check_prefix("a_"), Err(PrefixError::EndsWithUnderscore));
        assert_eq!(check_prefix("_"), Err(PrefixError::StartsWithUnderscore));
        assert_eq!(
            check_prefix("pRe"),
            Err(PrefixError::InvalidChar {
                found: 'R',
                index: 1
            })
        );
        assert_eq!(
            check_prefix("pré"),
            Err(PrefixError::InvalidChar {
                found: 'é',
                index: 2
            })
        );
        for prefix in ["a", "pre_fix", "a_b", "", "_a", "a_", "aB", "a1", "é"] {
            assert_eq!(
                is_valid_nonempty(prefix),
                !prefix.is_empty() && check_prefix(prefix).is_ok(),
                "{prefix}"
            );
        }
        assert!(is_valid_nonempty(&"a".repeat(63)));
        assert!(!is_valid_nonempty(&"a".repeat(64)));
        assert_eq!(
            check_prefix("a1"),
            Err(PrefixError::InvalidChar {
                found: '1',
                index: 1
            })
        );
    }
}
