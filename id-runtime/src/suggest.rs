//! "Did you mean" for unknown prefixes and kind names, without allocating.

/// Longest candidate we compare; longer names are never suggested (prefixes are at most 63 bytes anyway).
const MAX: usize = 64;

/// The candidate closest to `found` by edit distance, if it is close enough to be a plausible typo.
pub(crate) fn nearest<'a>(found: &str, candidates: &[&'a str]) -> Option<&'a str> {
    // Nothing typed is no typo: a missing prefix must not be "corrected" to the shortest known one.
    if found.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &'a str)> = None;
    for &candidate in candidates {
        let Some(distance) = levenshtein(found.as_bytes(), candidate.as_bytes()) else {
            continue;
        };
        // A third of the longer name, but always allow one or two edits: `rn` → `run`, `usr` → `user`.
        let limit = (found.len().max(candidate.len()) / 3).max(2);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Edit distance over bytes with two stack rows; `None` when either side is longer than [`MAX`].
fn levenshtein(a: &[u8], b: &[u8]) -> Option<usize> {
    if a.len() > MAX || b.len() > MAX {
        return None;
    }
    let mut previous = [0usize; MAX + 1];
    let mut current = [0usize; MAX + 1];
    for (j, slot) in previous.iter_mut().enumerate().take(b.len() + 1) {
        *slot = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    Some(previous[b.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let known = ["user", "run", "session"];
        assert_eq!(nearest("rn", &known), Some("run"));
        assert_eq!(nearest("usr", &known), Some("user"));
        assert_eq!(nearest("sesion", &known), Some("session"));
        assert_eq!(nearest("transaction", &known), None);
        assert_eq!(nearest("", &["ws", "run"]), None);
        assert_eq!(levenshtein(b"kitten", b"sitting"), Some(3));
    }
}
