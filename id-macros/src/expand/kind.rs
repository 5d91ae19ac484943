//! Per-kind names, docs and attributes shared by every generated artifact.

use super::source::Source;
use id_manifest::{Kind, UuidVersion};

/// One manifest kind, ready to be spliced into tokens.
pub(crate) struct KindTokens {
    /// `run`: the manifest key, used as a name in strings.
    pub(crate) key: String,
    /// `run`: the canonical prefix.
    pub(crate) prefix: String,
    /// Older prefixes that parsing accepts.
    pub(crate) aliases: Vec<String>,
    /// Whether the typed parse takes a bare UUID.
    pub(crate) accept_uuid: bool,
    /// `Run`: the `IdType` and `AnyId` variant, as source text (see `source.rs`).
    pub(crate) variant: String,
    /// `RunId`: the newtype.
    pub(crate) type_name: String,
    /// `run`, or `r#type` for a keyword: field and method name.
    pub(crate) field: String,
    /// `#[doc = …]` attributes for the newtype, as source text.
    pub(crate) type_docs: String,
    /// `#[doc = …]` attributes for variants, as source text: the manifest `doc` and where the kind is declared.
    pub(crate) variant_docs: String,
    /// `#[deprecated(note = …)]` when the manifest deprecates the kind, else empty; source text.
    pub(crate) deprecated: String,
    /// An `IdInfo` constant expression, as source text.
    pub(crate) info: String,
    /// The anchored regular expression of every accepted text, for JSON Schema and OpenAPI.
    pub(crate) pattern: String,
    /// The manifest `doc`, or empty: the schema description.
    pub(crate) doc: String,
}

impl KindTokens {
    /// `None` only if a name is not a Rust identifier, which id-manifest already rejects; never panics either way.
    pub(crate) fn new(kind: &Kind) -> Option<KindTokens> {
        let variant = identifier(&kind.names.variant, false)?;
        let type_name = identifier(&kind.names.type_name, false)?;
        let field = identifier(&kind.names.field, kind.names.field_is_keyword)?;
        let declared_at = format!("{}:{}", kind.declared_at.file, kind.declared_at.line);
        Some(KindTokens {
            key: kind.key.clone(),
            prefix: kind.prefix.clone(),
            aliases: kind.aliases.clone(),
            accept_uuid: kind.accept_uuid,
            type_docs: type_docs(kind, &declared_at),
            variant_docs: variant_docs(kind, &declared_at),
            deprecated: match &kind.deprecated {
                Some(note) => {
                    let mut attr = Source::default();
                    attr.code("#[deprecated(note = ").string(note).code(")]");
                    attr.into_text()
                }
                None => String::new(),
            },
            info: info(kind, &declared_at),
            pattern: kind.id_pattern(),
            doc: kind.doc.clone().unwrap_or_default(),
            variant,
            type_name,
            field,
        })
    }
}

/// `name` as identifier source text (`r#name` when `raw`), or `None` for what is not an identifier.
///
/// The generators write names into source text that the compiler lexes (`source.rs`), so a name that is not an
/// identifier would be a lexing error there; id-manifest already rejects such names, and this keeps the macro
/// correct and panic-free even if it did not. A plain check, not `syn::parse_str`, which lexes a string through
/// the compiler for each name: at 1000 kinds those 3000 round trips were a fifth of the macro's time.
fn identifier(name: &str, raw: bool) -> Option<String> {
    let mut chars = name.chars();
    let first = chars.next()?;
    let is_identifier = (first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_";
    if !is_identifier {
        return None;
    }
    if raw {
        // The keywords that cannot be raw identifiers.
        if matches!(name, "self" | "Self" | "super" | "crate") {
            return None;
        }
        Some(format!("r#{name}"))
    } else {
        Some(name.to_owned())
    }
}

fn variant_docs(kind: &Kind, declared_at: &str) -> String {
    let mut lines = Vec::new();
    if let Some(doc) = &kind.doc {
        lines.push(doc.clone());
        lines.push(String::new());
    }
    lines.push(format!(
        "Prefix `{}`; declared at `{declared_at}` as `[types.{}]`.",
        kind.prefix, kind.key
    ));
    doc_attrs(&lines)
}

fn type_docs(kind: &Kind, declared_at: &str) -> String {
    let mut lines = Vec::new();
    match &kind.doc {
        Some(doc) => lines.push(doc.clone()),
        None => lines.push(format!("An ID of kind `{}`.", kind.key)),
    }
    if let Some(description) = &kind.description {
        lines.push(String::new());
        lines.push(description.clone());
    }
    lines.push(String::new());
    let version = match kind.uuid_version {
        UuidVersion::V7 => "a time-ordered UUIDv7",
        UuidVersion::V4 => "a random UUIDv4",
    };
    lines.push(format!(
        "Text form: `{}_01h455vb4pex5vsknk084sn02q` (TypeID); `new()` makes {version}.",
        kind.prefix
    ));
    if !kind.aliases.is_empty() {
        let aliases: Vec<String> = kind
            .aliases
            .iter()
            .map(|alias| format!("`{alias}`"))
            .collect();
        lines.push(format!(
            "Parsing also accepts the older prefixes {}.",
            aliases.join(", ")
        ));
    }
    if kind.accept_uuid {
        lines.push("Parsing also accepts a bare UUID.".to_owned());
    }
    if let Some(owner) = &kind.owner {
        lines.push(format!("Owner: {owner}."));
    }
    if kind.pii {
        lines.push("IDs of this kind identify a person (PII).".to_owned());
    }
    // A template holds no whitespace; a backtick in it would end the code span early, so such a link is left out.
    if let Some(link) = kind.link.as_deref().filter(|link| !link.contains('`')) {
        lines.push(format!("`link()` gives `{link}` filled in with the ID."));
    }
    lines.push(String::new());
    lines.push(format!(
        "Declared at `{declared_at}` as `[types.{}]`.",
        kind.key
    ));
    doc_attrs(&lines)
}

fn doc_attrs(lines: &[String]) -> String {
    let mut attrs = Source::default();
    for line in lines {
        attrs.doc(&format!(" {line}"));
    }
    attrs.into_text()
}

/// expands to: `IdInfo::new("run", "run", "ids.toml:12").with_doc("…")…`
fn info(kind: &Kind, declared_at: &str) -> String {
    let mut info = Source::default();
    info.code("::id_runtime::__private::IdInfo::new(")
        .string(&kind.key)
        .code(", ")
        .string(&kind.prefix)
        .code(", ")
        .string(declared_at)
        .code(")");
    if !kind.aliases.is_empty() {
        info.code(".with_aliases(&[");
        for alias in &kind.aliases {
            info.string(alias).code(",");
        }
        info.code("])");
    }
    if kind.accept_uuid {
        info.code(".with_accept_uuid(true)");
    }
    if kind.uuid_version == UuidVersion::V4 {
        info.code(".with_uuid_v4()");
    }
    let optional = [
        (&kind.doc, ".with_doc("),
        (&kind.description, ".with_description("),
        (&kind.owner, ".with_owner("),
        (&kind.deprecated, ".with_deprecated("),
    ];
    for (value, method) in optional {
        if let Some(value) = value {
            info.code(method).string(value).code(")");
        }
    }
    if kind.pii {
        info.code(".with_pii(true)");
    }
    if let Some(link) = &kind.link {
        info.code(".with_link(").string(link).code(")");
    }
    if !kind.labels.is_empty() {
        info.code(".with_labels(&[");
        for (name, value) in &kind.labels {
            info.code("(")
                .string(name)
                .code(", ")
                .string(value)
                .code("),");
        }
        info.code("])");
    }
    info.into_text()
}

#[cfg(test)]
mod tests {
    use super::identifier;

    #[test]
    fn identifiers_are_checked_without_panicking() {
        assert_eq!(identifier("RunId", false).as_deref(), Some("RunId"));
        assert_eq!(identifier("type", true).as_deref(), Some("r#type"));
        assert_eq!(identifier("_private", false).as_deref(), Some("_private"));
        for bad in ["", "_", "1run", "run-step", "run step", "é"] {
            assert!(identifier(bad, false).is_none(), "{bad:?}");
        }
        for not_raw in ["self", "Self", "super", "crate", "_"] {
            assert!(identifier(not_raw, true).is_none(), "{not_raw:?}");
        }
    }
}
