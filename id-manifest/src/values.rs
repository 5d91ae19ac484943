//! Checks one value on its own: its TOML type, and for prefixes and aliases the TypeID grammar. Each function
//! reports what is wrong and returns `None`, so the caller can go on reading.

use toml::Spanned;
use toml::de::DeValue;

use crate::UuidVersion;
use crate::diagnostic::Diagnostics;
use crate::prefix::{Unusable, check_manifest_prefix, suggest_prefix};
use id_grammar::{LinkError, PrefixError};

/// "a string", "an integer", …: the found type in messages.
pub(crate) fn a_type(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a datetime",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// An explicit `prefix = "…"` with its offset, if it is a string that follows the TypeID grammar.
pub(crate) fn prefix(
    diags: &mut Diagnostics<'_>,
    value: &Spanned<DeValue<'_>>,
) -> Option<(String, usize)> {
    let text = string(diags, "prefix", value)?;
    let at = value.span().start;
    match check_manifest_prefix(&text) {
        Ok(()) => Some((text, at)),
        Err(error) => {
            report_prefix(diags, "prefix", &text, at, error);
            None
        }
    }
}

pub(crate) fn string(
    diags: &mut Diagnostics<'_>,
    key: &str,
    value: &Spanned<DeValue<'_>>,
) -> Option<String> {
    let found = value.get_ref();
    if let DeValue::String(text) = found {
        return Some(text.to_string());
    }
    let message = format!("`{key}` must be a string, found {}", a_type(found));
    diags.error(value.span().start, message, None);
    None
}

pub(crate) fn non_blank(text: Option<String>) -> Option<String> {
    text.filter(|text| !text.trim().is_empty())
}

pub(crate) fn boolean(
    diags: &mut Diagnostics<'_>,
    key: &str,
    value: &Spanned<DeValue<'_>>,
) -> Option<bool> {
    let found = value.get_ref();
    if let Some(flag) = found.as_bool() {
        return Some(flag);
    }
    let message = format!("`{key}` must be a boolean, found {}", a_type(found));
    let help = match found.as_str().map(str::to_ascii_lowercase).as_deref() {
        Some(quoted @ ("true" | "false")) => format!("write `{key} = {quoted}` without quotes"),
        _ => format!("write `{key} = true` or `{key} = false`"),
    };
    diags.error(value.span().start, message, Some(help));
    None
}

pub(crate) fn uuid_version(
    diags: &mut Diagnostics<'_>,
    value: &Spanned<DeValue<'_>>,
) -> Option<UuidVersion> {
    let at = value.span().start;
    let value = value.get_ref();
    let (message, found) = if let Some(text) = value.as_str() {
        match UuidVersion::from_manifest(text) {
            Some(version) => return Some(version),
            None => (
                format!(
                    "unknown UUID version `{}`: expected \"v7\" or \"v4\"",
                    text.escape_debug()
                ),
                text,
            ),
        }
    } else {
        let found = value.as_integer().map_or("", |number| number.as_str());
        (
            format!("`uuid` must be a string, found {}", a_type(value)),
            found,
        )
    };
    // `V7`, `7`, `uuid7`, `UUIDv7` all mean v7.
    let digits: String = found
        .to_ascii_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let help = match digits.trim_start_matches("uuid").trim_start_matches('v') {
        "7" => "use \"v7\"".to_owned(),
        "4" => "use \"v4\"".to_owned(),
        _ => "\"v7\" is time-ordered (the default); \"v4\" is random".to_owned(),
    };
    diags.error(at, message, Some(help));
    None
}

pub(crate) fn deprecated(
    diags: &mut Diagnostics<'_>,
    value: &Spanned<DeValue<'_>>,
) -> Option<String> {
    const EXAMPLE: &str = "e.g. `deprecated = \"use connection instead\"`";
    let at = value.span().start;
    let found = value.get_ref();
    let Some(note) = found.as_str() else {
        let message = format!("`deprecated` must be a string, found {}", a_type(found));
        let help = if found.as_bool() == Some(false) {
            "remove `deprecated`: kinds are not deprecated unless they set a note".to_owned()
        } else {
            format!("deprecated kinds need a note saying what to use instead, {EXAMPLE}")
        };
        diags.error(at, message, Some(help));
        return None;
    };
    if note.trim().is_empty() {
        let message =
            "empty `deprecated` note: deprecated kinds need a note saying what to use instead";
        diags.error(at, message, Some(EXAMPLE.to_owned()));
        return None;
    }
    Some(note.to_owned())
}

/// The valid aliases with their offsets; each invalid one is reported.
pub(crate) fn aliases(
    diags: &mut Diagnostics<'_>,
    value: &Spanned<DeValue<'_>>,
) -> Vec<(String, usize)> {
    let DeValue::Array(items) = value.get_ref() else {
        let message = format!(
            "`aliases` must be an array of strings, found {}",
            a_type(value.get_ref())
        );
        let help = match value.get_ref().as_str() {
            Some(alias) => format!("write `aliases = [\"{}\"]`", alias.escape_debug()),
            None => "write e.g. `aliases = [\"old_prefix\"]`".to_owned(),
        };
        diags.error(value.span().start, message, Some(help));
        return Vec::new();
    };
    let mut valid = Vec::new();
    for item in items.iter() {
        let at = item.span().start;
        let Some(alias) = item.get_ref().as_str() else {
            let message = format!(
                "each alias must be a string, found {}",
                a_type(item.get_ref())
            );
            diags.error(at, message, None);
            continue;
        };
        match check_manifest_prefix(alias) {
            Ok(()) => valid.push((alias.to_owned(), at)),
            Err(error) => report_prefix(diags, "alias", alias, at, error),
        }
    }
    valid
}

/// Reports an explicit `prefix` or an alias that breaks the TypeID prefix grammar.
fn report_prefix(diags: &mut Diagnostics<'_>, noun: &str, text: &str, at: usize, error: Unusable) {
    let error = match error {
        Unusable::Empty => {
            let help = "a prefix is 1 to 63 lowercase ASCII letters or `_`, e.g. `run`";
            diags.error(at, format!("{noun} is empty"), Some(help.to_owned()));
            return;
        }
        Unusable::Grammar(error) => error,
    };
    // The grammar's sentence says which rule, the column which character; the help says what to write instead.
    let at = match error {
        PrefixError::InvalidChar { .. } | PrefixError::EndsWithUnderscore => {
            diags.within(at, text, error.position(text.len()))
        }
        PrefixError::EmptyBeforeSeparator
        | PrefixError::TooLong { .. }
        | PrefixError::StartsWithUnderscore => at,
    };
    let message = format!("{noun} `{}` is not valid: {error}", text.escape_debug());
    let suggestion = suggest_prefix(text).map(|fixed| format!("use `{fixed}`"));
    let help = match error {
        PrefixError::StartsWithUnderscore => suggestion.or(Some("start with a letter".to_owned())),
        PrefixError::EndsWithUnderscore => suggestion
            .map(|fixed| format!("{fixed}; the ID format adds the `_` after the prefix itself")),
        PrefixError::InvalidChar { .. } | PrefixError::TooLong { .. } => suggestion,
        // Only ID parsers report it: a written prefix that is empty is `Unusable::Empty`.
        PrefixError::EmptyBeforeSeparator => None,
    };
    diags.error(at, message, help);
}

/// `link = "https://…/{id}"`, if it is a string that [`id_grammar::check_link`] accepts; the error points at the
/// character that breaks the rule.
pub(crate) fn link(diags: &mut Diagnostics<'_>, value: &Spanned<DeValue<'_>>) -> Option<String> {
    let text = string(diags, "link", value)?;
    let at = value.span().start;
    let error = match id_grammar::check_link(&text) {
        Ok(()) => return Some(text),
        Err(error) => error,
    };
    let help = match error {
        LinkError::Scheme => match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http") => {
                if rest.is_empty() || rest.starts_with('/') {
                    "write the host after the scheme, e.g. `https://admin.example.com/runs/{id}`".to_owned()
                } else {
                    format!("write the scheme in lowercase: `{}://…`", scheme.to_ascii_lowercase())
                }
            }
            _ => "links open in a browser: write a full URL, e.g. `https://admin.example.com/runs/{id}`".to_owned(),
        },
        LinkError::UnknownPlaceholder { name, .. } => {
            match id_grammar::did_you_mean(name, id_grammar::LINK_PLACEHOLDERS) {
                Some(known) => format!("did you mean `{{{known}}}`?"),
                None => "`{id}` is the ID, `{uuid}` its UUID, `{key}` the kind's key".to_owned(),
            }
        }
        LinkError::Unclosed { .. } | LinkError::StrayBrace { .. } => {
            "braces only surround a placeholder: `{id}`, `{uuid}` or `{key}`".to_owned()
        }
        LinkError::NotUrlChar { .. } => "percent-encode it (a space is `%20`)".to_owned(),
    };
    let message = format!("link `{}` is not valid: {error}", text.escape_debug());
    let at = match error {
        LinkError::Scheme => at,
        LinkError::UnknownPlaceholder { .. }
        | LinkError::Unclosed { .. }
        | LinkError::StrayBrace { .. }
        | LinkError::NotUrlChar { .. } => diags.within(at, &text, error.position()),
    };
    diags.error(at, message, Some(help));
    None
}

/// `labels = { owner = "billing" }`: every entry whose value is a string, in file order; each other value is
/// reported where it is written.
pub(crate) fn labels(
    diags: &mut Diagnostics<'_>,
    value: &Spanned<DeValue<'_>>,
) -> Vec<(String, String)> {
    let DeValue::Table(table) = value.get_ref() else {
        let message = format!(
            "`labels` must be a table of strings, found {}",
            a_type(value.get_ref())
        );
        let help = "write e.g. `labels = { owner = \"billing\", retention = \"7y\" }`".to_owned();
        diags.error(value.span().start, message, Some(help));
        return Vec::new();
    };
    let mut valid = Vec::new();
    for (key, item) in table.iter() {
        let name = key.get_ref();
        if name.trim().is_empty() {
            let message = "label name is empty";
            diags.error(
                key.span().start,
                message,
                Some("name the label, e.g. `retention = \"7y\"`".to_owned()),
            );
            continue;
        }
        let other = item.get_ref();
        if let DeValue::String(text) = other {
            valid.push((name.to_string(), text.to_string()));
            continue;
        }
        let message = format!(
            "label `{}` must be a string, found {}",
            name.escape_debug(),
            a_type(other)
        );
        let help = match other {
            DeValue::Integer(_)
            | DeValue::Float(_)
            | DeValue::Boolean(_)
            | DeValue::Datetime(_) => {
                let raw = diags.source(item.span());
                format!(
                    "labels are shown, never interpreted: quote it, `{} = \"{}\"`",
                    name.escape_debug(),
                    raw.escape_debug()
                )
            }
            DeValue::String(_) | DeValue::Array(_) | DeValue::Table(_) => {
                "labels are shown, never interpreted: each value is one string".to_owned()
            }
        };
        diags.error(item.span().start, message, Some(help));
    }
    valid
}
