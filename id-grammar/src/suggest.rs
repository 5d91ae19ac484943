//! Did-you-mean: the one rule for every "unknown X; did you mean Y?" in the workspace.

/// Names longer than this, in characters, are never compared (prefixes are at most 63 bytes).
const MAX_CHARS: usize = 128;

/// The candidate closest to `found`, when `found` looks like a slip of it; `None` when nothing is close, and for an
/// empty `found` (nothing typed is no typo).
///
/// Case is ignored (`Run` → `run`) and characters are counted, not bytes. A candidate qualifies when it is within
/// a third of the longer name's length in edits (a transposition counts as one; always at least two, so `rn` →
/// `run` and `usr` → `user`) and fewer than half of the characters change (`id` is no slip of `pii`), or when one
/// of the two starts with the other and the shorter has at least four characters (`uuid_version` → `uuid`). The
/// fewest edits win; among equals, the first candidate. Without allocation: it serves parse errors at run time.
///
/// ```
/// use id_grammar::did_you_mean;
/// let kinds = ["user", "run", "session"];
/// assert_eq!(did_you_mean("rn", kinds), Some("run"));
/// assert_eq!(did_you_mean("Sesion", kinds), Some("session"));
/// assert_eq!(did_you_mean("transaction", kinds), None);
/// assert_eq!(did_you_mean("", kinds), None);
/// ```
pub fn did_you_mean<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let mut typed = ['\0'; MAX_CHARS];
    let mut typed_len = 0;
    for c in found.chars() {
        if typed_len == MAX_CHARS {
            return None;
        }
        typed[typed_len] = c.to_ascii_lowercase();
        typed_len += 1;
    }
    if typed_len == 0 {
        return None;
    }
    let typed = &typed[..typed_len];
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let Some((edits, longer, shorter, starts_with)) = compare(typed, candidate) else {
            continue;
        };
        let close = edits <= (longer / 3).max(2) && 2 * edits < longer;
        let extends = starts_with && shorter >= 4;
        if (close || extends) && best.is_none_or(|(fewest, _)| edits < fewest) {
            best = Some((edits, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// The edit distance between `typed` and `candidate` (optimal string alignment: insertions, deletions,
/// substitutions and transpositions of neighbours), the longer and shorter length, and whether one starts with the
/// other; `None` when `candidate` is longer than [`MAX_CHARS`].
fn compare(typed: &[char], candidate: &str) -> Option<(usize, usize, usize, bool)> {
    // Three rows of the distance table: two before the current one, for transpositions.
    let mut before = [0u8; MAX_CHARS + 1];
    let mut previous = [0u8; MAX_CHARS + 1];
    let mut current = [0u8; MAX_CHARS + 1];
    for (j, slot) in previous.iter_mut().enumerate().take(typed.len() + 1) {
        *slot = j as u8;
    }
    // The candidate's previous character; `None` before the first.
    let mut last = None;
    let mut len = 0;
    let mut starts_with = true;
    for c in candidate.chars() {
        if len == MAX_CHARS {
            return None;
        }
        let c = c.to_ascii_lowercase();
        len += 1;
        if len <= typed.len() && typed[len - 1] != c {
            starts_with = false;
        }
        current[0] = len as u8;
        for j in 1..=typed.len() {
            let cost = u8::from(typed[j - 1] != c);
            let mut distance = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(current[j - 1] + 1);
            if j > 1 && Some(typed[j - 1]) == last && typed[j - 2] == c {
                distance = distance.min(before[j - 2] + 1);
            }
            current[j] = distance;
        }
        before = previous;
        previous = current;
        last = Some(c);
    }
    let edits = usize::from(previous[typed.len()]);
    Some((
        edits,
        len.max(typed.len()),
        len.min(typed.len()),
        starts_with,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIND_KEYS: [&str; 9] = [
        "prefix",
        "doc",
        "aliases",
        "accept_uuid",
        "uuid",
        "deprecated",
        "description",
        "owner",
        "pii",
    ];

    #[test]
    fn suggests_slips() {
        for (typo, expected) in [
            ("prefx", "prefix"),
            ("Prefix", "prefix"),
            ("perfix", "prefix"),
            ("alias", "aliases"),
            ("accept_uuids", "accept_uuid"),
            ("acept_uuid", "accept_uuid"),
            ("deprecation", "deprecated"),
            ("descripton", "description"),
            ("docs", "doc"),
            ("owners", "owner"),
            ("uuid_version", "uuid"),
        ] {
            assert_eq!(did_you_mean(typo, KIND_KEYS), Some(expected), "{typo}");
        }
        let kinds = ["user", "run", "session"];
        for (typo, expected) in [
            ("rn", "run"),
            ("usr", "user"),
            ("sesion", "session"),
            ("Run", "run"),
            ("uesr", "user"),
        ] {
            assert_eq!(did_you_mean(typo, kinds), Some(expected), "{typo}");
        }
        assert_eq!(did_you_mean("type", ["types", "defaults"]), Some("types"));
        assert_eq!(
            did_you_mean("default", ["types", "defaults"]),
            Some("defaults")
        );
    }

    #[test]
    fn does_not_guess_wildly() {
        for unrelated in ["id", "x", "name", "color", "table", ""] {
            assert_eq!(did_you_mean(unrelated, KIND_KEYS), None, "{unrelated}");
        }
        for unrelated in ["transaction", "zebra", "ab", "ws"] {
            assert_eq!(
                did_you_mean(unrelated, ["user", "run", "xy"]),
                None,
                "{unrelated}"
            );
        }
    }

    #[test]
    fn counts_characters_and_transpositions() {
        assert_eq!(compare(&['r', 'u', 'n'], "nur").map(|c| c.0), Some(2));
        assert_eq!(compare(&['u', 'r', 'n'], "run").map(|c| c.0), Some(1));
        // NUL is a character like any other, not a marker of "no previous character".
        assert_eq!(compare(&['a', '\0'], "a").map(|c| c.0), Some(1));
        assert_eq!(compare(&['\0', 'a'], "a\0").map(|c| c.0), Some(1));
        // Two characters of two bytes each are two edits, not four.
        assert_eq!(compare(&['r', 'ü', 'ñ'], "run").map(|c| c.0), Some(2));
        let kitten: [char; 6] = ['k', 'i', 't', 't', 'e', 'n'];
        assert_eq!(compare(&kitten, "sitting").map(|c| c.0), Some(3));
        let long = core::str::from_utf8(&[b'a'; 129]).unwrap();
        assert_eq!(compare(&['a'], long), None);
    }

    #[test]
    fn a_third_of_the_longer_name_is_the_limit() {
        // Four edits in ten characters: fewer than half, but more than a third.
        assert_eq!(did_you_mean("abcdefghij", ["abcdefwxyz"]), None);
        assert_eq!(
            did_you_mean("abcdefghij", ["abcdefgxyz"]),
            Some("abcdefgxyz")
        );
    }

    #[test]
    fn the_fewest_edits_win_then_the_first() {
        assert_eq!(did_you_mean("usr", ["users", "user"]), Some("user"));
        assert_eq!(
            did_you_mean("runs", ["run_step", "run", "rune"]),
            Some("run")
        );
        assert_eq!(did_you_mean("rux", ["rum", "run"]), Some("rum"));
    }
}
