//! Did-you-mean suggestions for misspelled keys and values.

/// The candidate closest to `found`, if any is close enough to be a plausible typo.
///
/// Case is ignored (`Prefix` → `prefix`). A candidate qualifies when it is within two edits (but not by rewriting
/// most of a short word: `id` is not a typo of `doc`), or when Jaro-Winkler similarity is high, which catches
/// longer slips such as `deprecation` → `deprecated`.
pub(crate) fn did_you_mean<'a>(found: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let found = found.to_lowercase();
    candidates
        .iter()
        .filter_map(|&candidate| {
            let edits = strsim::damerau_levenshtein(&found, candidate);
            let similarity = strsim::jaro_winkler(&found, candidate);
            let close_edit = edits <= 2 && edits * 2 < found.chars().count().max(candidate.len());
            (close_edit || similarity >= 0.85).then_some((candidate, similarity - edits as f64))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(candidate, _)| candidate)
}

/// `` `prefix`, `doc` `` for "allowed keys" help lines.
pub(crate) fn backticked(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIND_KEYS: &[&str] = &[
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
    fn suggests_close_keys() {
        for (typo, expected) in [
            ("prefx", "prefix"),
            ("Prefix", "prefix"),
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
    }

    #[test]
    fn does_not_guess_wildly() {
        for unrelated in ["id", "x", "name", "color", "table"] {
            assert_eq!(did_you_mean(unrelated, KIND_KEYS), None, "{unrelated}");
        }
        assert_eq!(did_you_mean("type", &["types", "defaults"]), Some("types"));
        assert_eq!(
            did_you_mean("default", &["types", "defaults"]),
            Some("defaults")
        );
    }
}
