//! Did-you-mean for names that ids.toml does not declare.

/// The candidate closest to `found`, if it is close enough to be a plausible typo.
///
/// The same rule as `IdType::from_str` at run time (a third of the longer name, but always one or two edits), so a
/// misspelled kind gets the same suggestion from the compiler as from a parse error.
pub(crate) fn nearest<'a>(
    found: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::levenshtein(found, candidate), candidate))
        .filter(|&(distance, candidate)| distance <= (found.len().max(candidate.len()) / 3).max(2))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// `` `user`, `session`, `run` ``, cut after 20 names so a manifest of 1000 kinds gives a readable error.
pub(crate) fn backticked<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 20;
    let names: Vec<&str> = names.into_iter().collect();
    let mut list: Vec<String> = names
        .iter()
        .take(SHOWN)
        .map(|name| format!("`{name}`"))
        .collect();
    if names.len() > SHOWN {
        list.push(format!("and {} more", names.len() - SHOWN));
    }
    list.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let known = ["user", "run", "session"];
        assert_eq!(nearest("rn", known), Some("run"));
        assert_eq!(nearest("usr", known), Some("user"));
        assert_eq!(nearest("sesion", known), Some("session"));
        assert_eq!(nearest("Run", known), Some("run"));
        assert_eq!(nearest("transaction", known), None);
        assert_eq!(nearest("zebra", known), None);
    }

    #[test]
    fn long_lists_are_cut() {
        let many: Vec<String> = (0..25).map(|i| format!("k{i}")).collect();
        let list = backticked(many.iter().map(String::as_str));
        assert!(list.starts_with("`k0`, `k1`"), "{list}");
        assert!(list.ends_with("`k19`, and 5 more"), "{list}");
    }
}
