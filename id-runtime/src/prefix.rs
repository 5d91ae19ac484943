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

#[cfg(test)]
mod tests {
    use super::*;

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
