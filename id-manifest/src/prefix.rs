//! The TypeID v0.3 prefix grammar: `[a-z]([a-z_]{0,61}[a-z])?`.
//!
//! Checked here once so that the manifest, the CLI and any tool that proposes a prefix name the same rule.

use std::fmt;

/// The longest prefix TypeID v0.3 allows, in characters.
pub const MAX_PREFIX_LEN: usize = 63;

/// Which rule of the TypeID prefix grammar a prefix breaks.
///
/// `Display` gives the reason as a clause, e.g. ``invalid character `R` at position 1``.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrefixError {
    /// The prefix is the empty string.
    Empty,
    /// A character other than `a`–`z` and `_`; `position` is 1-based and counts characters.
    InvalidChar {
        /// The offending character.
        found: char,
        /// Its 1-based position.
        position: usize,
    },
    /// The prefix starts with `_` (it must start with a letter).
    StartsWithUnderscore,
    /// The prefix ends with `_`, which would read as the separator before the suffix.
    EndsWithUnderscore,
    /// The prefix is longer than [`MAX_PREFIX_LEN`].
    TooLong {
        /// Its length in characters.
        len: usize,
    },
}

impl fmt::Display for PrefixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrefixError::Empty => f.write_str("it is empty"),
            PrefixError::InvalidChar { found, position } => {
                write!(
                    f,
                    "invalid character `{}` at position {position}",
                    found.escape_debug()
                )
            }
            PrefixError::StartsWithUnderscore => f.write_str("it starts with `_`"),
            PrefixError::EndsWithUnderscore => f.write_str("it ends with `_`"),
            PrefixError::TooLong { len } => {
                write!(
                    f,
                    "it is {len} characters long; the maximum is {MAX_PREFIX_LEN}"
                )
            }
        }
    }
}

impl std::error::Error for PrefixError {}

/// Checks `prefix` against the TypeID v0.3 grammar `[a-z]([a-z_]{0,61}[a-z])?`, naming the first rule it breaks.
///
/// ```
/// use id_manifest::{check_prefix, PrefixError};
/// assert_eq!(check_prefix("run_step"), Ok(()));
/// assert_eq!(check_prefix("run_"), Err(PrefixError::EndsWithUnderscore));
/// assert_eq!(check_prefix("Run"), Err(PrefixError::InvalidChar { found: 'R', position: 1 }));
/// ```
pub fn check_prefix(prefix: &str) -> Result<(), PrefixError> {
    if prefix.is_empty() {
        return Err(PrefixError::Empty);
    }
    // Characters first: `Run` is better explained as "uppercase R" than as "does not start with a letter".
    if let Some((index, found)) = prefix
        .chars()
        .enumerate()
        .find(|&(_, c)| !(c.is_ascii_lowercase() || c == '_'))
    {
        return Err(PrefixError::InvalidChar {
            found,
            position: index + 1,
        });
    }
    if prefix.starts_with('_') {
        return Err(PrefixError::StartsWithUnderscore);
    }
    if prefix.ends_with('_') {
        return Err(PrefixError::EndsWithUnderscore);
    }
    if prefix.len() > MAX_PREFIX_LEN {
        return Err(PrefixError::TooLong { len: prefix.len() });
    }
    Ok(())
}

/// A valid prefix close to `text`, for `help:` lines: lowercased, separators turned into `_`, other characters
/// dropped, trimmed of `_` and cut to the maximum length. `None` when nothing usable remains.
pub(crate) fn suggest_prefix(text: &str) -> Option<String> {
    let mapped: String = text
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '_' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            '-' | ' ' | '.' => Some('_'),
            _ => None,
        })
        .collect();
    let mut suggestion: String = mapped
        .trim_matches('_')
        .chars()
        .take(MAX_PREFIX_LEN)
        .collect();
    while suggestion.ends_with('_') {
        suggestion.pop();
    }
    check_prefix(&suggestion).ok().map(|()| suggestion)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_grammar() {
        for ok in ["a", "run", "run_step", "a_b", "run__id", &"a".repeat(63)] {
            assert_eq!(check_prefix(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn names_the_rule() {
        assert_eq!(check_prefix(""), Err(PrefixError::Empty));
        assert_eq!(check_prefix("_run"), Err(PrefixError::StartsWithUnderscore));
        assert_eq!(check_prefix("run_"), Err(PrefixError::EndsWithUnderscore));
        assert_eq!(check_prefix("_"), Err(PrefixError::StartsWithUnderscore));
        assert_eq!(
            check_prefix(&"a".repeat(64)),
            Err(PrefixError::TooLong { len: 64 })
        );
        assert_eq!(
            check_prefix("run2"),
            Err(PrefixError::InvalidChar {
                found: '2',
                position: 4
            })
        );
        assert_eq!(
            check_prefix("rün"),
            Err(PrefixError::InvalidChar {
                found: 'ü',
                position: 2
            })
        );
        assert_eq!(
            PrefixError::TooLong { len: 70 }.to_string(),
            "it is 70 characters long; the maximum is 63"
        );
    }

    #[test]
    fn suggests_a_valid_prefix() {
        assert_eq!(suggest_prefix("Run").as_deref(), Some("run"));
        assert_eq!(suggest_prefix("Run-Step").as_deref(), Some("run_step"));
        assert_eq!(suggest_prefix("run2").as_deref(), Some("run"));
        assert_eq!(suggest_prefix("_run_").as_deref(), Some("run"));
        assert_eq!(suggest_prefix("2"), None);
        assert_eq!(suggest_prefix(&"ab_".repeat(30)).map(|s| s.len()), Some(62));
    }
}
