//! The manifest's policy on top of the TypeID prefix rule (`id_grammar::check_prefix`): a kind's prefix and its
//! aliases are never empty, since an ID of a declared kind always names its kind.

use std::fmt;

use id_grammar::{MAX_PREFIX_LEN, PrefixError, check_prefix};

/// Why a manifest prefix or alias cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unusable {
    /// The empty string: the grammar allows it for IDs without a kind, the manifest does not.
    Empty,
    /// A rule of the grammar.
    Grammar(PrefixError),
}

impl fmt::Display for Unusable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unusable::Empty => f.write_str("the prefix is empty"),
            Unusable::Grammar(error) => error.fmt(f),
        }
    }
}

/// Checks a prefix or alias written in the manifest: not empty, then the grammar.
pub(crate) fn check_manifest_prefix(prefix: &str) -> Result<(), Unusable> {
    if prefix.is_empty() {
        return Err(Unusable::Empty);
    }
    check_prefix(prefix).map_err(Unusable::Grammar)
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
    check_manifest_prefix(&suggestion).ok().map(|()| suggestion)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_empty_prefix_is_refused_on_top_of_the_grammar() {
        assert_eq!(check_manifest_prefix(""), Err(Unusable::Empty));
        assert_eq!(check_manifest_prefix("run_step"), Ok(()));
        assert_eq!(
            check_manifest_prefix("run_"),
            Err(Unusable::Grammar(PrefixError::EndsWithUnderscore))
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
