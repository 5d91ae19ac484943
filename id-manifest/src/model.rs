//! The validated model of a manifest: what code generation and the CLI consume.

use crate::{Location, UuidVersion};

/// A validated manifest: every kind, in the order the file declares them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// The file name used in diagnostics and generated docs (e.g. `ids.toml` or `fixtures/ids.toml`).
    pub file: String,
    /// Every declared kind, in file order.
    pub kinds: Vec<Kind>,
}

/// One `[types.NAME]` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kind {
    /// The table key, snake_case: `run` in `[types.run]`.
    pub key: String,
    /// The TypeID prefix written before `_`; defaults to the key.
    pub prefix: String,
    /// `doc = "…"`: one line of documentation for the generated items.
    pub doc: Option<String>,
    /// `aliases = ["…"]`: older prefixes that parsing accepts and that are never emitted.
    pub aliases: Vec<String>,
    /// `accept_uuid = true`: the typed parse also accepts a bare UUID.
    pub accept_uuid: bool,
    /// `uuid = "v7" | "v4"`: what `new()` generates.
    pub uuid_version: UuidVersion,
    /// `deprecated = "note"`: generated items carry `#[deprecated(note = …)]`.
    pub deprecated: Option<String>,
    /// `description = "…"`: longer documentation, after `doc`.
    pub description: Option<String>,
    /// `owner = "…"`: the team that owns the kind.
    pub owner: Option<String>,
    /// `pii = true`: IDs of this kind identify a person.
    pub pii: bool,
    /// `link = "https://…/{id}"`: a URL template checked by [`check_link`](crate::check_link), filled in with
    /// `{id}`, `{uuid}` and `{key}`.
    pub link: Option<String>,
    /// `labels = { retention = "7y" }`: free-form strings that tools show and never interpret, in file order.
    pub labels: Vec<(String, String)>,
    /// Where the `[types.NAME]` key is written.
    pub declared_at: Location,
    /// The Rust names generated from the key.
    pub names: RustNames,
}

/// Rust identifiers derived from a kind's key (`run_step` → `RunStep`, `RunStepId`, `run_step`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RustNames {
    /// The `IdType` variant and `AnyId` variant: `RunStep`.
    pub variant: String,
    /// The newtype: `RunStepId`.
    pub type_name: String,
    /// Field and method name, equal to the key; a Rust keyword such as `type` must be written raw (`r#type`).
    pub field: String,
    /// Whether `field` is a Rust keyword that generated code must write as a raw identifier.
    pub field_is_keyword: bool,
}

impl Kind {
    /// The prefix, then each alias: every prefix that parsing accepts for this kind.
    pub fn all_prefixes(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.prefix.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// An anchored regular expression for every text this kind's parser accepts: the prefix or an alias, `_`,
    /// then 26 base32 characters whose first is `0`–`7`; with `accept_uuid`, bare UUIDs too.
    ///
    /// It is the same syntax in JSON Schema (ECMA 262), Rust's `regex`, Python's `re` and JavaScript. Every
    /// generated schema (the macro's JSON Schema and OpenAPI impls, `ids export`) uses it, so they cannot drift.
    ///
    /// ```
    /// let manifest = id_manifest::parse("[types.run]\naliases = [\"rn\"]\n", "ids.toml").unwrap();
    /// assert_eq!(manifest.kinds[0].id_pattern(), "^(?:run|rn)_[0-7][0-9a-hjkmnp-tv-z]{25}$");
    /// ```
    pub fn id_pattern(&self) -> String {
        const HEX: &str = "[0-9a-fA-F]";
        let suffix = id_grammar::SUFFIX_PATTERN;
        let prefixes: Vec<&str> = self.all_prefixes().collect();
        let typeid = match prefixes.as_slice() {
            [only] => format!("{only}_{suffix}"),
            many => format!("(?:{})_{suffix}", many.join("|")),
        };
        if self.accept_uuid {
            format!(
                "^(?:{typeid}|{HEX}{{8}}-{HEX}{{4}}-{HEX}{{4}}-{HEX}{{4}}-{HEX}{{12}}|{HEX}{{32}})$"
            )
        } else {
            format!("^{typeid}$")
        }
    }
}

impl Manifest {
    /// The kind declared under `[types.KEY]`, if any.
    pub fn kind(&self, key: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.key == key)
    }
}
