//! What changed between two manifests, and which changes break IDs that are already stored.
//!
//! The rule behind every "breaking" verdict: a string that parsed as kind K before must still parse as K. Stored IDs
//! and bare UUIDs in databases, logs and URLs outlive any deploy, so a prefix or alias may only be retired once no
//! stored ID uses it; the removal is then a deliberate, reviewed change (and this check fails on it, so it is seen).

use id_manifest::{Kind, Manifest};
use serde::Serialize;

/// One change to one kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Change {
    /// The kind's name (`[types.NAME]`).
    pub(crate) kind: String,
    /// What changed, with its details.
    #[serde(flatten)]
    pub(crate) what: What,
    /// Whether stored IDs (or code naming the kind) stop working.
    pub(crate) breaking: bool,
    /// The change in one sentence.
    pub(crate) message: String,
    /// How to avoid the break, for breaking changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) help: Option<String>,
}

/// The kinds of change; `change` in `--json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub(crate) enum What {
    /// A kind that did not exist.
    KindAdded { prefix: String },
    /// A kind that no longer exists. `now_parsed_as` names kinds that took over its prefixes.
    KindRemoved {
        prefixes: Vec<String>,
        now_parsed_as: Vec<String>,
    },
    /// The canonical prefix changed.
    PrefixChanged {
        old: String,
        new: String,
        old_kept_as_alias: bool,
    },
    /// A new alias.
    AliasAdded { alias: String },
    /// An alias no longer accepted.
    AliasRemoved { alias: String },
    /// `deprecated` was set.
    Deprecated { note: String },
    /// `deprecated` was removed.
    Undeprecated,
    /// `uuid` changed: only new IDs are affected.
    UuidVersionChanged { old: String, new: String },
    /// `accept_uuid` turned on.
    AcceptUuidEnabled,
    /// `accept_uuid` turned off: stored bare UUIDs stop parsing.
    AcceptUuidDisabled,
    /// `link` was set, changed or removed (`None` for no link): only where IDs are shown changes.
    LinkChanged {
        old: Option<String>,
        new: Option<String>,
    },
    /// A label was added, changed or removed (`None` for absent); labels are never interpreted.
    LabelChanged {
        label: String,
        old: Option<String>,
        new: Option<String>,
    },
}

/// Every change from `old` to `new`: breaking ones first, then the others; within each, removed kinds in the old
/// file's order, then the new file's kinds in its order.
pub(crate) fn compare(old: &Manifest, new: &Manifest) -> Vec<Change> {
    let mut changes = Vec::new();
    for gone in old
        .kinds
        .iter()
        .filter(|kind| new.kind(&kind.key).is_none())
    {
        changes.push(removed(gone, new));
    }
    for kind in &new.kinds {
        match old.kind(&kind.key) {
            None => changes.push(Change {
                kind: kind.key.clone(),
                message: format!("kind `{}` added (prefix `{}`)", kind.key, kind.prefix),
                what: What::KindAdded {
                    prefix: kind.prefix.clone(),
                },
                breaking: false,
                help: None,
            }),
            Some(before) => changed(before, kind, &mut changes),
        }
    }
    // Stable: keeps the order above within each group.
    changes.sort_by_key(|change| !change.breaking);
    changes
}

/// Always breaking: code that names the kind stops compiling, and its stored IDs stop parsing unless another kind took
/// over every one of its prefixes (then they parse, but as another kind).
fn removed(gone: &Kind, new: &Manifest) -> Change {
    let prefixes: Vec<String> = gone.all_prefixes().map(str::to_owned).collect();
    let mut now_parsed_as: Vec<String> = Vec::new();
    let mut orphaned: Vec<&str> = Vec::new();
    for prefix in gone.all_prefixes() {
        match new
            .kinds
            .iter()
            .find(|kind| kind.all_prefixes().any(|p| p == prefix))
        {
            Some(heir) => {
                if !now_parsed_as.contains(&heir.key) {
                    now_parsed_as.push(heir.key.clone());
                }
            }
            None => orphaned.push(prefix),
        }
    }
    let message = if orphaned.is_empty() {
        format!(
            "kind `{}` removed: code that names it breaks, and its stored IDs now parse as {}",
            gone.key,
            ticked(&now_parsed_as)
        )
    } else {
        format!(
            "kind `{}` removed: stored {} IDs stop parsing",
            gone.key,
            id_forms(&orphaned)
        )
    };
    let keep = format!(
        "keep [types.{}] with `deprecated = \"…\"` until no stored ID uses it",
        gone.key
    );
    let help = if orphaned.is_empty() {
        format!(
            "expected if `{}` was merged into {}; otherwise {keep}",
            gone.key,
            ticked(&now_parsed_as)
        )
    } else {
        keep
    };
    Change {
        kind: gone.key.clone(),
        what: What::KindRemoved {
            prefixes,
            now_parsed_as,
        },
        breaking: true,
        message,
        help: Some(help),
    }
}

/// The changes to a kind present in both manifests.
fn changed(old: &Kind, new: &Kind, changes: &mut Vec<Change>) {
    let name = &new.key;
    let accepts = |prefix: &str| new.all_prefixes().any(|p| p == prefix);
    let mut push = |what: What, breaking: bool, message: String, help: Option<String>| {
        changes.push(Change {
            kind: name.clone(),
            what,
            breaking,
            message,
            help,
        });
    };

    if old.prefix != new.prefix {
        let kept = accepts(&old.prefix);
        let (message, help) = if kept {
            (
                format!(
                    "kind `{name}`: prefix `{}` → `{}`; `{}` is kept as an alias, so stored IDs still parse \
                     (new IDs are written `{}_…`)",
                    old.prefix, new.prefix, old.prefix, new.prefix
                ),
                None,
            )
        } else {
            (
                format!(
                    "kind `{name}`: prefix `{}` → `{}` without keeping `{}` as an alias: stored `{}_…` IDs stop parsing",
                    old.prefix, new.prefix, old.prefix, old.prefix
                ),
                Some(format!(
                    "add `aliases = [\"{}\"]` to [types.{name}]",
                    old.prefix
                )),
            )
        };
        let what = What::PrefixChanged {
            old: old.prefix.clone(),
            new: new.prefix.clone(),
            old_kept_as_alias: kept,
        };
        push(what, !kept, message, help);
    }

    for alias in &old.aliases {
        // An alias promoted to the prefix is still accepted; the prefix change above reports it.
        if new.aliases.contains(alias) || *alias == new.prefix {
            continue;
        }
        push(
            What::AliasRemoved {
                alias: alias.clone(),
            },
            true,
            format!("kind `{name}`: alias `{alias}` removed: stored `{alias}_…` IDs stop parsing"),
            Some(format!(
                "keep `{alias}` in the aliases of [types.{name}] until no stored ID uses it"
            )),
        );
    }
    for alias in &new.aliases {
        // The old prefix kept as an alias is part of the prefix change above.
        if old.aliases.contains(alias) || *alias == old.prefix {
            continue;
        }
        push(
            What::AliasAdded {
                alias: alias.clone(),
            },
            false,
            format!("kind `{name}`: alias `{alias}` added"),
            None,
        );
    }

    match (&old.deprecated, &new.deprecated) {
        (None, Some(note)) => push(
            What::Deprecated { note: note.clone() },
            false,
            format!("kind `{name}` deprecated: {note}"),
            None,
        ),
        (Some(_), None) => push(
            What::Undeprecated,
            false,
            format!("kind `{name}` is no longer deprecated"),
            None,
        ),
        (Some(_), Some(_)) | (None, None) => {}
    }

    if old.uuid_version != new.uuid_version {
        push(
            What::UuidVersionChanged {
                old: old.uuid_version.to_string(),
                new: new.uuid_version.to_string(),
            },
            false,
            format!(
                "kind `{name}`: new IDs are UUID{} instead of UUID{}; stored IDs still parse",
                new.uuid_version, old.uuid_version
            ),
            None,
        );
    }

    match (old.accept_uuid, new.accept_uuid) {
        (false, true) => push(
            What::AcceptUuidEnabled,
            false,
            format!("kind `{name}` now accepts bare UUIDs"),
            None,
        ),
        (true, false) => push(
            What::AcceptUuidDisabled,
            true,
            format!("kind `{name}` no longer accepts bare UUIDs: stored bare UUIDs stop parsing"),
            Some(format!(
                "keep `accept_uuid = true` in [types.{name}] until stored bare UUIDs are rewritten"
            )),
        ),
        (true, true) | (false, false) => {}
    }

    if old.link != new.link {
        let message = match (&old.link, &new.link) {
            (None, Some(link)) => format!("kind `{name}`: link set to `{link}`"),
            (Some(link), None) => format!("kind `{name}`: link `{link}` removed"),
            (old, new) => format!(
                "kind `{name}`: link `{}` → `{}`",
                old.as_deref().unwrap_or_default(),
                new.as_deref().unwrap_or_default()
            ),
        };
        let what = What::LinkChanged {
            old: old.link.clone(),
            new: new.link.clone(),
        };
        push(what, false, message, None);
    }

    let label = |kind: &Kind, label: &str| {
        kind.labels
            .iter()
            .find(|(name, _)| name == label)
            .map(|(_, value)| value.clone())
    };
    // Old labels in their order (changed or removed), then the new ones.
    let names = old.labels.iter().map(|(name, _)| name).chain(
        new.labels
            .iter()
            .map(|(name, _)| name)
            .filter(|name| label(old, name).is_none()),
    );
    for label_name in names {
        let (before, after) = (label(old, label_name), label(new, label_name));
        let message = match (&before, &after) {
            (Some(before), Some(after)) if before == after => continue,
            (None, None) => continue,
            (None, Some(value)) => format!("kind `{name}`: label `{label_name}` = {value:?} added"),
            (Some(value), None) => {
                format!("kind `{name}`: label `{label_name}` = {value:?} removed")
            }
            (Some(before), Some(after)) => {
                format!("kind `{name}`: label `{label_name}` {before:?} → {after:?}")
            }
        };
        let what = What::LabelChanged {
            label: label_name.clone(),
            old: before,
            new: after,
        };
        push(what, false, message, None);
    }
}

/// `` `run_…` `` or `` `run_…` and `r_…` `` or `` `a_…`, `b_…` and `c_…` ``.
fn id_forms(prefixes: &[&str]) -> String {
    let forms: Vec<String> = prefixes.iter().map(|p| format!("{p}_…")).collect();
    ticked(&forms)
}

/// `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``.
fn ticked(items: &[String]) -> String {
    let ticked: Vec<String> = items.iter().map(|item| format!("`{item}`")).collect();
    match ticked.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(text: &str) -> Manifest {
        id_manifest::parse(text, "ids.toml").unwrap()
    }

    fn changes(old: &str, new: &str) -> Vec<(String, bool)> {
        compare(&manifest(old), &manifest(new))
            .into_iter()
            .map(|change| (change.message, change.breaking))
            .collect()
    }

    #[test]
    fn identical_manifests_have_no_changes() {
        let text = "[types.run]\naliases = [\"r\"]\n";
        assert!(changes(text, text).is_empty());
    }

    #[test]
    fn a_prefix_change_breaks_unless_the_old_prefix_stays_an_alias() {
        let old = "[types.user]\nprefix = \"usr\"\n";
        let broken = changes(old, "[types.user]\n");
        assert_eq!(broken.len(), 1);
        assert!(broken[0].1, "{broken:?}");
        let kept = changes(old, "[types.user]\naliases = [\"usr\"]\n");
        assert_eq!(
            kept.len(),
            1,
            "the alias is part of the prefix change: {kept:?}"
        );
        assert!(!kept[0].1, "{kept:?}");
    }

    #[test]
    fn promoting_an_alias_to_the_prefix_is_not_an_alias_removal() {
        let old = "[types.user]\nprefix = \"usr\"\naliases = [\"user\"]\n";
        let new = "[types.user]\naliases = [\"usr\"]\n";
        let found = changes(old, new);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].1);
    }

    #[test]
    fn a_removed_kind_whose_prefix_moved_says_where() {
        let found = changes(
            "[types.span]\n[types.trace]\n",
            "[types.span]\naliases = [\"trace\"]\n",
        );
        assert_eq!(
            found,
            vec![
                (
                    "kind `trace` removed: code that names it breaks, and its stored IDs now parse as `span`"
                        .to_owned(),
                    true
                ),
                ("kind `span`: alias `trace` added".to_owned(), false),
            ]
        );
    }

    #[test]
    fn links_and_labels_are_reported_and_never_breaking() {
        let found = changes(
            "[types.run]\nlink = \"https://a.example/{id}\"\nlabels = { owner = \"ml\", pii = \"no\" }\n",
            "[types.run]\nlabels = { owner = \"billing\", retention = \"7y\" }\n",
        );
        assert_eq!(
            found,
            vec![
                (
                    "kind `run`: link `https://a.example/{id}` removed".to_owned(),
                    false
                ),
                (
                    "kind `run`: label `owner` \"ml\" → \"billing\"".to_owned(),
                    false
                ),
                ("kind `run`: label `pii` = \"no\" removed".to_owned(), false),
                (
                    "kind `run`: label `retention` = \"7y\" added".to_owned(),
                    false
                ),
            ]
        );
        assert_eq!(
            changes(
                "[types.run]\n",
                "[types.run]\nlink = \"https://a.example/{uuid}\"\n"
            ),
            vec![(
                "kind `run`: link set to `https://a.example/{uuid}`".to_owned(),
                false
            )]
        );
        assert_eq!(
            changes(
                "[types.run]\nlink = \"https://a.example/{id}\"\n",
                "[types.run]\nlink = \"https://b.example/{id}\"\n"
            ),
            vec![(
                "kind `run`: link `https://a.example/{id}` → `https://b.example/{id}`".to_owned(),
                false
            )]
        );
    }

    #[test]
    fn lists_join_with_and() {
        assert_eq!(ticked(&[]), "");
        assert_eq!(ticked(&["a".into()]), "`a`");
        assert_eq!(
            ticked(&["a".into(), "b".into(), "c".into()]),
            "`a`, `b` and `c`"
        );
    }
}
