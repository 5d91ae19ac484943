//! How diagnostics list names. Did-you-mean itself is `id_grammar::did_you_mean`, shared with the runtime.

/// `` `user`, `session`, `run` ``: names as every diagnostic of the manifest and the macros lists them, cut after
/// 20 so that a manifest of 1000 kinds still gives a readable error.
///
/// ```
/// assert_eq!(id_manifest::quoted_list(["prefix", "doc"]), "`prefix`, `doc`");
/// ```
pub fn quoted_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 20;
    let mut list = String::new();
    let mut count = 0;
    for name in names {
        if count < SHOWN {
            if count > 0 {
                list.push_str(", ");
            }
            list.push('`');
            list.push_str(name);
            list.push('`');
        }
        count += 1;
    }
    if count > SHOWN {
        list.push_str(&format!(", and {} more", count - SHOWN));
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_cut() {
        let many: Vec<String> = (0..25).map(|i| format!("k{i}")).collect();
        let list = quoted_list(many.iter().map(String::as_str));
        assert!(list.starts_with("`k0`, `k1`"), "{list}");
        assert!(list.ends_with("`k19`, and 5 more"), "{list}");
        // Exactly as many as are shown: nothing is cut, and no "and 0 more".
        let list = quoted_list(many[..20].iter().map(String::as_str));
        assert!(list.ends_with("`k18`, `k19`"), "{list}");
        assert_eq!(quoted_list(["a"]), "`a`");
        assert_eq!(quoted_list([]), "");
    }
}
