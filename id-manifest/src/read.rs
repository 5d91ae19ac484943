//! Reads `[defaults]` and each `[types.KEY]` table into a typed kind with spans: rejects unknown keys, checks the
//! key and the prefix it defaults to, and applies defaults. Single values are checked in `values.rs`; rules that
//! compare kinds live in `validate.rs`.

use std::borrow::Cow;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostics;
use crate::names;
use crate::prefix::{Unusable, check_manifest_prefix, suggest_prefix};
use crate::suggest::quoted_list;
use crate::values::{
    self, a_type, aliases, boolean, deprecated, labels, link, non_blank, string, uuid_version,
};
use crate::{Kind, RustNames, UuidVersion};
use id_grammar::PrefixError;
use id_grammar::did_you_mean;

/// Every key a `[types.KEY]` table may set.
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
    "link",
    "labels",
];

/// The keys `[defaults]` may set: the settings that make sense for many kinds at once.
const DEFAULT_KEYS: &[&str] = &["uuid", "accept_uuid", "pii", "owner"];

/// Values that `[defaults]` and a kind can both set; a kind's own value wins.
#[derive(Clone, Debug, Default)]
pub(crate) struct Settings {
    uuid: Option<UuidVersion>,
    accept_uuid: Option<bool>,
    pii: Option<bool>,
    owner: Option<String>,
}

/// A kind as read from its table, with where its prefix and aliases are written for `validate.rs`.
pub(crate) struct RawKind {
    /// Complete, with defaults applied; a field whose value was wrong holds its default.
    pub(crate) kind: Kind,
    /// Offset of the `[types.KEY]` key.
    pub(crate) key_at: usize,
    /// Whether the key gives usable Rust names; when not, `kind.names` is a placeholder.
    pub(crate) names_ok: bool,
    /// Offset of the prefix (its value, or the key when defaulted); `None` when the prefix is invalid.
    pub(crate) prefix_at: Option<usize>,
    /// Offset of each entry of `kind.aliases`, which holds only the valid aliases.
    pub(crate) alias_at: Vec<usize>,
    /// Set by `validate.rs` when an earlier kind already claims this kind's names or prefix.
    pub(crate) shadowed: bool,
}

impl RawKind {
    /// The kind, if code can be generated for it.
    pub(crate) fn into_kind(self) -> Option<Kind> {
        (self.names_ok && self.prefix_at.is_some() && !self.shadowed).then_some(self.kind)
    }
}

/// `[types.run]`, or `[types."Run Step"]` for a key that TOML must quote.
pub(crate) fn table_name(key: &str) -> String {
    format!("[types.{}]", toml_key(key))
}

fn toml_key(key: &str) -> Cow<'_, str> {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        Cow::Borrowed(key)
    } else {
        Cow::Owned(format!("\"{}\"", key.escape_debug()))
    }
}

/// Reads `[defaults]`.
pub(crate) fn read_defaults(value: &Spanned<DeValue<'_>>, diags: &mut Diagnostics<'_>) -> Settings {
    let mut settings = Settings::default();
    let DeValue::Table(table) = value.get_ref() else {
        let message = format!(
            "`defaults` must be a table like [defaults], found {}",
            a_type(value.get_ref())
        );
        diags.error(value.span().start, message, None);
        return settings;
    };
    for (key, value) in table.iter() {
        if !read_setting(key.get_ref(), value, &mut settings, diags) {
            let help = if KIND_KEYS.contains(&key.get_ref().as_ref()) {
                format!(
                    "`{}` can only be set per kind, in [types.NAME]; [defaults] may set {}",
                    key.get_ref(),
                    quoted_list(DEFAULT_KEYS.iter().copied())
                )
            } else {
                unknown_key_help(key.get_ref(), DEFAULT_KEYS)
            };
            let message = format!(
                "unknown key `{}` in [defaults]",
                key.get_ref().escape_debug()
            );
            diags.error(key.span().start, message, Some(help));
        }
    }
    settings
}

/// Reads `[types.KEY]`; `None` when its value is not a table (reported).
pub(crate) fn read_kind(
    key: &Spanned<Cow<'_, str>>,
    value: &Spanned<DeValue<'_>>,
    defaults: &Settings,
    diags: &mut Diagnostics<'_>,
) -> Option<RawKind> {
    let name = key.get_ref().as_ref();
    let key_at = key.span().start;
    let names = names::rust_names(name);
    if let Err(error) = &names {
        let (message, help) = error.describe(name);
        diags.error(key_at, message, Some(help));
    }
    let table = kind_table(name, value, diags)?;

    let mut raw = RawKind {
        kind: Kind {
            key: name.to_owned(),
            prefix: name.to_owned(),
            doc: None,
            aliases: Vec::new(),
            accept_uuid: false,
            uuid_version: UuidVersion::V7,
            deprecated: None,
            description: None,
            owner: None,
            pii: false,
            link: None,
            labels: Vec::new(),
            declared_at: diags.location(key_at),
            names: names.clone().unwrap_or_else(|_| placeholder_names(name)),
        },
        key_at,
        names_ok: names.is_ok(),
        prefix_at: None,
        alias_at: Vec::new(),
        shadowed: false,
    };
    let mut settings = Settings::default();
    // `Some(None)`: `prefix` is set but invalid (reported), so there is no prefix to fall back to.
    let mut explicit_prefix: Option<Option<(String, usize)>> = None;
    for (field, value) in table.iter() {
        match field.get_ref().as_ref() {
            "prefix" => explicit_prefix = Some(values::prefix(diags, value)),
            "doc" => raw.kind.doc = non_blank(string(diags, "doc", value)),
            "description" => raw.kind.description = non_blank(string(diags, "description", value)),
            "deprecated" => raw.kind.deprecated = deprecated(diags, value),
            "link" => raw.kind.link = link(diags, value),
            "labels" => raw.kind.labels = labels(diags, value),
            "aliases" => {
                for (alias, alias_at) in aliases(diags, value) {
                    raw.kind.aliases.push(alias);
                    raw.alias_at.push(alias_at);
                }
            }
            other => {
                if !read_setting(other, value, &mut settings, diags) {
                    let message = format!(
                        "unknown key `{}` in {}",
                        other.escape_debug(),
                        table_name(name)
                    );
                    diags.error(
                        field.span().start,
                        message,
                        Some(unknown_key_help(other, KIND_KEYS)),
                    );
                }
            }
        }
    }

    match explicit_prefix {
        Some(Some((prefix, at))) => {
            raw.kind.prefix = prefix;
            raw.prefix_at = Some(at);
        }
        Some(None) => {}
        None => match check_manifest_prefix(name) {
            Ok(()) => raw.prefix_at = Some(key_at),
            // A key that is not snake_case is already reported; saying it is not a prefix either adds nothing.
            Err(_) if names.is_err() => {}
            Err(error) => {
                let message = format!("key `{name}` is not a valid prefix: {error}");
                let key_at = match error {
                    Unusable::Grammar(
                        error @ (PrefixError::InvalidChar { .. } | PrefixError::EndsWithUnderscore),
                    ) => diags.within(key_at, name, error.position(name.len())),
                    Unusable::Grammar(_) | Unusable::Empty => key_at,
                };
                let suggestion = suggest_prefix(name).unwrap_or_else(|| "…".to_owned());
                diags.error(
                    key_at,
                    message,
                    Some(format!("set `prefix = \"{suggestion}\"` explicitly")),
                );
            }
        },
    }

    raw.kind.uuid_version = settings.uuid.or(defaults.uuid).unwrap_or_default();
    raw.kind.accept_uuid = settings
        .accept_uuid
        .or(defaults.accept_uuid)
        .unwrap_or(false);
    raw.kind.pii = settings.pii.or(defaults.pii).unwrap_or(false);
    raw.kind.owner = settings.owner.or_else(|| defaults.owner.clone());
    Some(raw)
}

/// The kind's table; a kind written as `[[types.run]]` or `types.run = "…"` is reported.
fn kind_table<'v, 'i>(
    name: &str,
    value: &'v Spanned<DeValue<'i>>,
    diags: &mut Diagnostics<'_>,
) -> Option<&'v DeTable<'i>> {
    let found = value.get_ref();
    if let DeValue::Table(table) = found {
        return Some(table);
    }
    let header = table_name(name);
    let message = format!(
        "`types.{}` must be a table like {header}, found {}",
        toml_key(name),
        a_type(found)
    );
    let help = if found.is_array() {
        format!("write {header} with single brackets: each kind is one table")
    } else {
        format!("declare each kind as a table: {header} followed by its keys, e.g. `doc = \"…\"`")
    };
    diags.error(value.span().start, message, Some(help));
    None
}

/// Reads one of the keys in [`DEFAULT_KEYS`]; `false` when `key` is not one of them.
fn read_setting(
    key: &str,
    value: &Spanned<DeValue<'_>>,
    settings: &mut Settings,
    diags: &mut Diagnostics<'_>,
) -> bool {
    match key {
        "uuid" => settings.uuid = uuid_version(diags, value),
        "accept_uuid" => settings.accept_uuid = boolean(diags, "accept_uuid", value),
        "pii" => settings.pii = boolean(diags, "pii", value),
        "owner" => settings.owner = non_blank(string(diags, "owner", value)),
        _ => return false,
    }
    true
}

fn unknown_key_help(found: &str, allowed: &[&str]) -> String {
    match did_you_mean(found, allowed.iter().copied()) {
        Some(known) => format!("did you mean `{known}`?"),
        None => format!("allowed keys: {}", quoted_list(allowed.iter().copied())),
    }
}

/// Names for a kind whose key is invalid; the kind never leaves this crate, so they only need to be harmless.
fn placeholder_names(key: &str) -> RustNames {
    RustNames {
        variant: String::new(),
        type_name: String::new(),
        field: key.to_owned(),
        field_is_keyword: false,
    }
}
