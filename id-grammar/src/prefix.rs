//! The prefix: `[a-z]([a-z_]{0,61}[a-z])?`, or nothing at all.

use core::fmt;

/// The longest prefix TypeID allows, in bytes (equal to characters: a valid prefix is ASCII).
pub const MAX_PREFIX_LEN: usize = 63;

/// A non-empty prefix as a regular expression in the syntax that JSON Schema, Rust's `regex`, Python's `re`,
/// JavaScript and PostgreSQL share; unanchored.
pub const PREFIX_PATTERN: &str = "[a-z](?:[a-z_]{0,61}[a-z])?";

/// Which rule of the prefix grammar `[a-z]([a-z_]{0,61}[a-z])?` a prefix breaks.
///
/// `Display` gives the rule as a sentence about "the prefix"; callers add where it is (a byte of an ID, a line and
/// column of `ids.toml`).
///
/// Not `#[non_exhaustive]`: the variants are the rules of TypeID v0.3, and a new rule would be a new version of the
/// format, and of this crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrefixError {
    /// A `_` separator with nothing before it: an ID without a prefix has no separator at all. Only ID parsers
    /// report it; [`check_prefix`] accepts the empty prefix.
    EmptyBeforeSeparator,
    /// Longer than [`MAX_PREFIX_LEN`].
    TooLong {
        /// The length found, in bytes.
        len: usize,
    },
    /// The first character is `_`.
    StartsWithUnderscore,
    /// The last character is `_`, which would read as the separator.
    EndsWithUnderscore,
    /// A character other than `a`–`z` and `_`.
    InvalidChar {
        /// The character found.
        found: char,
        /// Its position: the 0-based byte offset within the prefix (every byte before it is ASCII, so it is also
        /// the number of characters before it).
        position: usize,
    },
}

impl PrefixError {
    /// Where in a prefix of `prefix_len` bytes the rule breaks, as a 0-based byte offset: the invalid character,
    /// the final `_`, or 0 for rules about the whole prefix.
    ///
    /// ```
    /// use id_grammar::check_prefix;
    /// assert_eq!(check_prefix("run_").unwrap_err().position(4), 3);
    /// assert_eq!(check_prefix("rUn").unwrap_err().position(3), 1);
    /// ```
    pub const fn position(self, prefix_len: usize) -> usize {
        match self {
            PrefixError::InvalidChar { position, .. } => position,
            PrefixError::EndsWithUnderscore => prefix_len.saturating_sub(1),
            PrefixError::EmptyBeforeSeparator
            | PrefixError::TooLong { .. }
            | PrefixError::StartsWithUnderscore => 0,
        }
    }
}

impl fmt::Display for PrefixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PrefixError::EmptyBeforeSeparator => {
                f.write_str("the prefix before `_` is empty (an ID without a prefix has no `_`)")
            }
            PrefixError::TooLong { len } => write!(
                f,
                "the prefix is {len} characters long; at most {MAX_PREFIX_LEN} are allowed"
            ),
            PrefixError::StartsWithUnderscore => f.write_str("the prefix starts with `_`"),
            PrefixError::EndsWithUnderscore => f.write_str("the prefix ends with `_`"),
            PrefixError::InvalidChar { found, .. } if found.is_ascii_uppercase() => write!(
                f,
                "the prefix has the uppercase letter `{found}`; prefixes are lowercase"
            ),
            PrefixError::InvalidChar { found, .. } => write!(
                f,
                "the prefix has the character {found:?}; prefixes use only lowercase ASCII letters and `_`"
            ),
        }
    }
}

impl core::error::Error for PrefixError {}

/// Checks `prefix` against the TypeID grammar, naming the first rule it breaks: its length, then each character,
/// then its ends. The empty prefix is valid (an ID without `_`); a layer that needs one says so itself.
///
/// ```
/// use id_grammar::{check_prefix, PrefixError};
/// assert_eq!(check_prefix("run_step"), Ok(()));
/// assert_eq!(check_prefix(""), Ok(()));
/// assert_eq!(check_prefix("_run"), Err(PrefixError::StartsWithUnderscore));
/// assert_eq!(check_prefix("run2"), Err(PrefixError::InvalidChar { found: '2', position: 3 }));
/// ```
pub const fn check_prefix(prefix: &str) -> Result<(), PrefixError> {
    check_prefix_bytes(prefix.as_bytes())
}

/// [`check_prefix`] for `const` callers that hold the prefix as bytes (a literal split at its last `_`). Bytes that
/// are not UTF-8 are reported as the character U+FFFD.
pub const fn check_prefix_bytes(prefix: &[u8]) -> Result<(), PrefixError> {
    if prefix.len() > MAX_PREFIX_LEN {
        return Err(PrefixError::TooLong { len: prefix.len() });
    }
    let mut position = 0;
    while position < prefix.len() {
        let byte = prefix[position];
        if !(byte.is_ascii_lowercase() || byte == b'_') {
            // Every earlier byte was ASCII, so `position` starts a character.
            let found = char_at(prefix, position);
            return Err(PrefixError::InvalidChar { found, position });
        }
        position += 1;
    }
    match (prefix.first(), prefix.last()) {
        (Some(b'_'), _) => Err(PrefixError::StartsWithUnderscore),
        (_, Some(b'_')) => Err(PrefixError::EndsWithUnderscore),
        _ => Ok(()),
    }
}

/// The UTF-8 character starting at `bytes[at]`; U+FFFD where the bytes there are not one.
const fn char_at(bytes: &[u8], at: usize) -> char {
    let lead = bytes[at];
    let (len, mut code) = match lead {
        0x00..=0x7F => return lead as char,
        0xC2..=0xDF => (2, (lead & 0x1F) as u32),
        0xE0..=0xEF => (3, (lead & 0x0F) as u32),
        0xF0..=0xF4 => (4, (lead & 0x07) as u32),
        _ => return char::REPLACEMENT_CHARACTER,
    };
    if at + len > bytes.len() {
        return char::REPLACEMENT_CHARACTER;
    }
    let mut i = 1;
    while i < len {
        let next = bytes[at + i];
        if next & 0xC0 != 0x80 {
            return char::REPLACEMENT_CHARACTER;
        }
        code = (code << 6) | (next & 0x3F) as u32;
        i += 1;
    }
    match char::from_u32(code) {
        Some(c) => c,
        None => char::REPLACEMENT_CHARACTER,
    }
}

/// Whether `prefix` is a non-empty prefix that [`check_prefix`] accepts: the same rule as one loop that inlines,
/// for hot paths that only need the answer.
///
/// ```
/// assert!(id_grammar::is_valid_prefix("run"));
/// assert!(!id_grammar::is_valid_prefix(""));
/// ```
#[inline(always)]
pub fn is_valid_prefix(prefix: &str) -> bool {
    let bytes = prefix.as_bytes();
    matches!(
        (bytes.first(), bytes.last()),
        (Some(b'a'..=b'z'), Some(b'a'..=b'z'))
    ) && bytes.len() <= MAX_PREFIX_LEN
        && bytes.iter().all(|&b| b.is_ascii_lowercase() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_grammar() {
        let long = [b'a'; 63];
        let long = core::str::from_utf8(&long).unwrap();
        for ok in ["", "a", "run", "run_step", "a_b", "run__id", long] {
            assert_eq!(check_prefix(ok), Ok(()), "{ok}");
            assert_eq!(is_valid_prefix(ok), !ok.is_empty(), "{ok}");
        }
    }

    #[test]
    fn names_the_first_rule_broken() {
        let too_long = [b'a'; 64];
        let too_long = core::str::from_utf8(&too_long).unwrap();
        for (bad, rule) in [
            ("_run", PrefixError::StartsWithUnderscore),
            ("_", PrefixError::StartsWithUnderscore),
            ("run_", PrefixError::EndsWithUnderscore),
            (too_long, PrefixError::TooLong { len: 64 }),
            (
                "run2",
                PrefixError::InvalidChar {
                    found: '2',
                    position: 3,
                },
            ),
            (
                "_Run",
                PrefixError::InvalidChar {
                    found: 'R',
                    position: 1,
                },
            ),
            (
                "rün",
                PrefixError::InvalidChar {
                    found: 'ü',
                    position: 1,
                },
            ),
            (
                "run-",
                PrefixError::InvalidChar {
                    found: '-',
                    position: 3,
                },
            ),
        ] {
            assert_eq!(check_prefix(bad), Err(rule), "{bad}");
            assert!(!is_valid_prefix(bad), "{bad}");
        }
    }

    /// The sentences callers quote after their own "where": one per rule.
    #[test]
    fn each_rule_has_its_sentence() {
        use core::fmt::Write;
        struct Text([u8; 128], usize);
        impl Write for Text {
            fn write_str(&mut self, s: &str) -> core::fmt::Result {
                let end = self.1 + s.len();
                self.0
                    .get_mut(self.1..end)
                    .ok_or(core::fmt::Error)?
                    .copy_from_slice(s.as_bytes());
                self.1 = end;
                Ok(())
            }
        }
        for (error, sentence) in [
            (
                PrefixError::EmptyBeforeSeparator,
                "the prefix before `_` is empty (an ID without a prefix has no `_`)",
            ),
            (
                PrefixError::TooLong { len: 64 },
                "the prefix is 64 characters long; at most 63 are allowed",
            ),
            (
                PrefixError::StartsWithUnderscore,
                "the prefix starts with `_`",
            ),
            (PrefixError::EndsWithUnderscore, "the prefix ends with `_`"),
            (
                PrefixError::InvalidChar {
                    found: 'R',
                    position: 0,
                },
                "the prefix has the uppercase letter `R`; prefixes are lowercase",
            ),
            (
                PrefixError::InvalidChar {
                    found: '2',
                    position: 3,
                },
                "the prefix has the character '2'; prefixes use only lowercase ASCII letters and `_`",
            ),
        ] {
            let mut text = Text([0; 128], 0);
            write!(text, "{error}").unwrap();
            assert_eq!(core::str::from_utf8(&text.0[..text.1]), Ok(sentence));
        }
    }

    /// Every character the decoder can meet, and bytes that are not UTF-8.
    #[test]
    fn invalid_characters_are_decoded_whole() {
        let mut buf = [0u8; 4];
        for c in ['A', '2', 'é', 'ü', '€', '🦀', '\u{7f}', '\u{10ffff}'] {
            let encoded = c.encode_utf8(&mut buf);
            assert_eq!(char_at(encoded.as_bytes(), 0), c, "{c:?}");
        }
        for bad in [
            &[0xFF][..],
            &[0xC3],
            &[0xE2, 0x82],
            &[0xC3, 0x41],
            &[0xED, 0xA0, 0x80],
        ] {
            assert_eq!(char_at(bad, 0), char::REPLACEMENT_CHARACTER, "{bad:?}");
        }
        assert_eq!(
            check_prefix_bytes(b"ab\xFF"),
            Err(PrefixError::InvalidChar {
                found: char::REPLACEMENT_CHARACTER,
                position: 2
            })
        );
    }

    /// Every byte in every position of a short prefix: the fast check and the precise one agree.
    #[test]
    fn the_fast_check_is_the_rule() {
        for len in 1..=3 {
            for position in 0..len {
                for byte in 0..=0x7F_u8 {
                    let mut buf = [b'a'; 3];
                    buf[position] = byte;
                    let text = core::str::from_utf8(&buf[..len]).unwrap();
                    assert_eq!(
                        is_valid_prefix(text),
                        check_prefix(text).is_ok(),
                        "{text:?}"
                    );
                }
            }
        }
    }
}
