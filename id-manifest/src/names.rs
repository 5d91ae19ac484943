//! Kind keys and the Rust names derived from them: `run_step` → variant `RunStep`, type `RunStepId`, field `run_step`.

use crate::RustNames;

/// Rust keywords (strict and reserved, edition 2024) that are valid as raw identifiers: a kind named `type` gets
/// the field and method `r#type`.
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers (`r#self` is an error), so no field or method can carry these names.
const NON_RAW_KEYWORDS: &[&str] = &["self", "super", "crate"];

/// Type names the generated module defines itself; a kind whose type name equals one would be a duplicate
/// definition. Every kind's type name ends in `Id`, so only generated items ending in `Id` can clash.
const RESERVED_TYPE_NAMES: &[&str] = &["AnyId"];

/// Why a `[types.KEY]` key cannot name a kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum KeyError {
    Empty,
    /// Not `[a-z][a-z0-9_]*`; `position` is 1-based.
    NotSnakeCase {
        found: char,
        position: usize,
    },
    /// `self`, `super`, `crate`.
    NonRawKeyword,
    /// The type name equals one of [`RESERVED_TYPE_NAMES`].
    ReservedTypeName {
        type_name: String,
    },
    /// The variant would be `Self` (`self_`, `self__`), which no enum can declare.
    SelfVariant,
}

impl KeyError {
    /// The diagnostic message and help for kind key `key`.
    pub(crate) fn describe(&self, key: &str) -> (String, String) {
        match self {
            KeyError::Empty => (
                "kind name is empty".to_owned(),
                "name the kind in snake_case, e.g. [types.run]".to_owned(),
            ),
            KeyError::NotSnakeCase { found, position } => {
                let what = if found.is_ascii_uppercase() {
                    "uppercase "
                } else {
                    ""
                };
                let message = if *position == 1 && !found.is_ascii_uppercase() {
                    format!(
                        "kind name `{key}` must start with a lowercase letter, found `{}`",
                        found.escape_debug()
                    )
                } else {
                    format!(
                        "kind name `{key}` must be snake_case, found {what}`{}` at position {position}",
                        found.escape_debug()
                    )
                };
                let help = match to_snake_case(key) {
                    Some(fixed) => format!("rename it to `{fixed}`"),
                    None => "kind names are lowercase ASCII letters, digits and `_`, starting with a letter".to_owned(),
                };
                (message, help)
            }
            KeyError::NonRawKeyword => (
                format!(
                    "kind name `{key}` is a Rust keyword that cannot be a field or method name, even as `r#{key}`"
                ),
                format!("rename the kind, e.g. `{key}_ref`"),
            ),
            KeyError::ReservedTypeName { type_name } => (
                format!(
                    "kind name `{key}` would generate `{type_name}`, which collides with the generated `{type_name}` enum"
                ),
                "rename the kind, e.g. `any_kind`".to_owned(),
            ),
            KeyError::SelfVariant => (
                format!(
                    "kind name `{key}` would generate the enum variant `Self`, which is a Rust keyword"
                ),
                "rename the kind, e.g. `self_ref`".to_owned(),
            ),
        }
    }
}

/// The Rust names for kind key `key`, or why the key cannot name a kind.
pub(crate) fn rust_names(key: &str) -> Result<RustNames, KeyError> {
    check_snake_case(key)?;
    if NON_RAW_KEYWORDS.contains(&key) {
        return Err(KeyError::NonRawKeyword);
    }
    let variant = upper_camel_case(key);
    if variant == "Self" {
        return Err(KeyError::SelfVariant);
    }
    let type_name = format!("{variant}Id");
    if RESERVED_TYPE_NAMES.contains(&type_name.as_str()) {
        return Err(KeyError::ReservedTypeName { type_name });
    }
    Ok(RustNames {
        variant,
        type_name,
        field: key.to_owned(),
        field_is_keyword: RAW_KEYWORDS.contains(&key),
    })
}

/// `[a-z][a-z0-9_]*`. `run__id` and `run_` pass here; the collision check catches `run__id` next to `run_id`.
fn check_snake_case(key: &str) -> Result<(), KeyError> {
    let mut chars = key.chars();
    match chars.next() {
        None => return Err(KeyError::Empty),
        Some(first) if !first.is_ascii_lowercase() => {
            return Err(KeyError::NotSnakeCase {
                found: first,
                position: 1,
            });
        }
        Some(_) => {}
    }
    match chars
        .enumerate()
        .find(|&(_, c)| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
    {
        Some((index, found)) => Err(KeyError::NotSnakeCase {
            found,
            position: index + 2,
        }),
        None => Ok(()),
    }
}

/// `run_step` → `RunStep`, `run__id` → `RunId`, `v2_run` → `V2Run`.
fn upper_camel_case(key: &str) -> String {
    key.split('_')
        .filter(|part| !part.is_empty())
        .flat_map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
}

/// A snake_case spelling of `text` for `help:` lines (`RunStep`, `run-step`, `Run Step` → `run_step`,
/// `HTTPRequest` → `http_request`), or `None` when none can be made without changing the name, or it would not
/// change anything.
pub(crate) fn to_snake_case(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        // A word starts at an uppercase letter after a lowercase letter or digit (`runStep`), or at the last capital
        // of an acronym followed by lowercase (`HTTPRequest`).
        let starts_word = c.is_ascii_uppercase()
            && prev.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            });
        if starts_word && !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    // Dropping a leading digit would change the name (`2fa_challenge` is not `fa_challenge`): leave that to the user.
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let fixed = out
        .trim_start_matches(|c: char| !c.is_ascii_lowercase())
        .trim_end_matches('_');
    (rust_names(fixed).is_ok() && fixed != text).then(|| fixed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_names() {
        let names = rust_names("run_step").unwrap();
        assert_eq!(
            (names.variant.as_str(), names.type_name.as_str()),
            ("RunStep", "RunStepId")
        );
        assert_eq!(rust_names("run__id").unwrap().variant, "RunId");
        assert_eq!(rust_names("v2_run").unwrap().variant, "V2Run");
        assert_eq!(rust_names("run_").unwrap().variant, "Run");
        assert!(rust_names("type").unwrap().field_is_keyword);
        assert!(!rust_names("union").unwrap().field_is_keyword);
    }

    #[test]
    fn rejects_keys() {
        assert_eq!(rust_names(""), Err(KeyError::Empty));
        assert_eq!(
            rust_names("RunStep"),
            Err(KeyError::NotSnakeCase {
                found: 'R',
                position: 1
            })
        );
        assert_eq!(
            rust_names("run-step"),
            Err(KeyError::NotSnakeCase {
                found: '-',
                position: 4
            })
        );
        assert_eq!(
            rust_names("ru-n"),
            Err(KeyError::NotSnakeCase {
                found: '-',
                position: 3
            })
        );
        assert_eq!(
            rust_names("r.un"),
            Err(KeyError::NotSnakeCase {
                found: '.',
                position: 2
            })
        );
        assert_eq!(rust_names("self"), Err(KeyError::NonRawKeyword));
        assert_eq!(rust_names("self_"), Err(KeyError::SelfVariant));
        assert_eq!(
            rust_names("any_"),
            Err(KeyError::ReservedTypeName {
                type_name: "AnyId".to_owned()
            })
        );
    }

    #[test]
    fn converts_to_snake_case() {
        assert_eq!(to_snake_case("RunStep").as_deref(), Some("run_step"));
        assert_eq!(to_snake_case("run-step").as_deref(), Some("run_step"));
        assert_eq!(to_snake_case("Run Step").as_deref(), Some("run_step"));
        assert_eq!(
            to_snake_case("HTTPRequest").as_deref(),
            Some("http_request")
        );
        assert_eq!(to_snake_case("2fa_challenge"), None);
        assert_eq!(to_snake_case("_run").as_deref(), Some("run"));
        assert_eq!(to_snake_case("run2Step").as_deref(), Some("run2_step"));
        // One `_` for a run of separators.
        assert_eq!(to_snake_case("run--step").as_deref(), Some("run_step"));
        assert_eq!(to_snake_case("Run - Step").as_deref(), Some("run_step"));
        assert_eq!(to_snake_case("run"), None);
        assert_eq!(to_snake_case("Self"), None);
        assert_eq!(to_snake_case("ü"), None);
    }
}
