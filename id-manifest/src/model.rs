//! The validated model of a manifest: what code generation and the CLI consume.

use std::fmt;

use crate::Location;

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

/// The UUID version that `new()` generates for a kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum UuidVersion {
    /// Time-ordered UUIDv7 (the default): IDs sort by creation time.
    #[default]
    V7,
    /// Random UUIDv4: for kinds whose IDs must not reveal when they were created.
    V4,
}

impl UuidVersion {
    /// The manifest spelling: `"v7"` or `"v4"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            UuidVersion::V7 => "v7",
            UuidVersion::V4 => "v4",
        }
    }
}

impl fmt::Display for UuidVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Kind {
    /// The prefix, then each alias: every prefix that parsing accepts for this kind.
    pub fn all_prefixes(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.prefix.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

impl Manifest {
    /// The kind declared under `[types.KEY]`, if any.
    pub fn kind(&self, key: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.key == key)
    }
}
