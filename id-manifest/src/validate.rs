//! Rules that compare kinds with each other. Each reports at the later declaration and names the earlier one, and
//! marks the later kind so that the partial model keeps the first declaration.

use std::collections::HashMap;

use crate::diagnostic::Diagnostics;
use crate::read::{RawKind, table_name};

/// Runs every cross-kind rule over `kinds` (in file order).
pub(crate) fn check(kinds: &mut [RawKind], diags: &mut Diagnostics<'_>) {
    rust_names_are_unique(kinds, diags);
    prefixes_are_unique(kinds, diags);
}

/// Two kinds with the same variant would define the same `RunId` struct and `IdType::Run` variant twice. TOML
/// already rejects equal keys, but different keys can map to one name: `run_id` and `run__id` are both `RunId`.
fn rust_names_are_unique(kinds: &mut [RawKind], diags: &mut Diagnostics<'_>) {
    let mut first_by_variant: HashMap<String, usize> = HashMap::new();
    for index in 0..kinds.len() {
        let Some(kind) = kinds.get(index).filter(|kind| kind.names_ok) else {
            continue;
        };
        let variant = kind.kind.names.variant.clone();
        let Some(first) = first_by_variant
            .get(&variant)
            .and_then(|&first| kinds.get(first))
        else {
            first_by_variant.insert(variant, index);
            continue;
        };
        let message = format!(
            "kind name `{}` generates the same Rust names (`{}`, `{}`) as {} at {}",
            kind.kind.key,
            variant,
            kind.kind.names.type_name,
            table_name(&first.kind.key),
            first.kind.declared_at,
        );
        diags.error(
            kind.key_at,
            message,
            Some("rename one of the two kinds".to_owned()),
        );
        if let Some(kind) = kinds.get_mut(index) {
            kind.shadowed = true;
        }
    }
}

/// Parsing finds the kind of an ID from its prefix, so every prefix and alias must name exactly one kind. An alias
/// equal to its own kind's prefix, or repeated, is redundant and most likely a typo for another prefix.
fn prefixes_are_unique(kinds: &mut [RawKind], diags: &mut Diagnostics<'_>) {
    struct Claim {
        text: String,
        at: usize,
        kind: usize,
        /// `None` for the prefix, `Some(i)` for alias `i`.
        alias: Option<usize>,
    }
    let mut claims: Vec<Claim> = Vec::new();
    for (index, raw) in kinds.iter().enumerate() {
        if let Some(at) = raw.prefix_at {
            claims.push(Claim {
                text: raw.kind.prefix.clone(),
                at,
                kind: index,
                alias: None,
            });
        }
        for (alias, (text, &at)) in raw.kind.aliases.iter().zip(&raw.alias_at).enumerate() {
            claims.push(Claim {
                text: text.clone(),
                at,
                kind: index,
                alias: Some(alias),
            });
        }
    }
    // File order decides which occurrence is "second", even when `aliases` is written before `prefix`.
    claims.sort_by_key(|claim| claim.at);

    let mut first_claim: HashMap<&str, &Claim> = HashMap::new();
    let mut dropped_aliases: Vec<(usize, usize)> = Vec::new();
    for claim in &claims {
        let Some(first) = first_claim.get(claim.text.as_str()) else {
            first_claim.insert(&claim.text, claim);
            continue;
        };
        let Some(owner) = kinds.get(first.kind) else {
            continue;
        };
        let noun = if claim.alias.is_some() {
            "alias"
        } else {
            "prefix"
        };
        let message = format!(
            "{noun} `{}` is already used by {} at {}",
            claim.text,
            table_name(&owner.kind.key),
            diags.location(first.at)
        );
        let help = match (first.kind == claim.kind, first.alias) {
            (true, None) => "a kind always accepts its own prefix: remove this alias",
            (true, Some(_)) => "remove the repeated alias",
            (false, _) => {
                "an ID's prefix tells which kind it is, so each prefix and alias may belong to one kind only"
            }
        };
        diags.error(claim.at, message, Some(help.to_owned()));
        match claim.alias {
            Some(alias) => dropped_aliases.push((claim.kind, alias)),
            None => {
                if let Some(kind) = kinds.get_mut(claim.kind) {
                    kind.shadowed = true;
                }
            }
        }
    }
    // Remove from the last index down so that earlier indices stay valid.
    dropped_aliases.sort_unstable();
    for &(kind, alias) in dropped_aliases.iter().rev() {
        if let Some(raw) = kinds
            .get_mut(kind)
            .filter(|raw| alias < raw.kind.aliases.len())
        {
            raw.kind.aliases.remove(alias);
            raw.alias_at.remove(alias);
        }
    }
}
