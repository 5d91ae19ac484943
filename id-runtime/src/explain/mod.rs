//! `explain`: given any ID string, which kind it is and what the manifest says about that kind.

use core::fmt;

use uuid::Uuid;

use crate::{DynamicId, IdInfo, InlineStr, KindTable, ParseIdError};

mod rfc3339;

pub use rfc3339::Rfc3339;

/// The enum of all kinds (`IdType`), as generic code sees it. Sealed: only `#[ids]` implements it.
pub trait IdKind: crate::__private::Generated + Copy + Eq + fmt::Debug + 'static {
    /// Every kind, in manifest order.
    const KINDS: &'static [Self];

    /// The same kinds as data: keys, prefixes and aliases, bare-UUID kinds; `KINDS[i]` is the table's kind `i`.
    const TABLE: KindTable<'static>;

    /// Everything the manifest declares about this kind.
    fn info(self) -> &'static IdInfo;
}

/// How the input named its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Matched<'k> {
    /// The canonical prefix.
    Prefix,
    /// An older prefix from `aliases`; the canonical form differs from the input.
    Alias(&'k str),
    /// A bare UUID, taken by the one kind with `accept_uuid = true`.
    BareUuid,
}

/// What [`explain`] found out about an ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Explanation<K> {
    /// The kind.
    pub kind: K,
    /// What the manifest says about it.
    pub info: &'static IdInfo,
    /// The ID in canonical form (canonical prefix, lowercase).
    pub canonical: DynamicId,
    /// How the input named the kind.
    pub matched: Matched<'static>,
}

impl<K> Explanation<K> {
    /// The UUID inside.
    pub fn uuid(&self) -> Uuid {
        self.canonical.uuid()
    }

    /// For a UUIDv7 (or v1/v6): the creation time as seconds and nanoseconds since the Unix epoch.
    pub fn created_at(&self) -> Option<(u64, u32)> {
        self.uuid()
            .get_timestamp()
            .map(|timestamp| timestamp.to_unix())
    }
}

/// Which kind `id` is, by its prefix (or alias, or as a bare UUID where exactly one kind accepts those), with the
/// kind's manifest metadata.
///
/// ```
/// # #[id_runtime::ids] mod ids {}
/// use ids::IdType;
/// let found = id_runtime::explain::<IdType>("run_01h455vb4pex5vsknk084sn02q").unwrap();
/// assert_eq!(found.kind, IdType::Run);
/// assert_eq!(found.info.doc, Some("One execution of an agent pipeline."));
/// ```
pub fn explain<K: IdKind>(id: &str) -> Result<Explanation<K>, ParseIdError> {
    let found = K::TABLE.identify(id)?;
    let Some(&kind) = K::KINDS.get(found.kind) else {
        // Not for a generated table, whose kinds are `KINDS` in the same order.
        return Err(ParseIdError::UnknownPrefix {
            found: InlineStr::new(""),
            known: K::TABLE.prefixes(),
        });
    };
    Ok(explained(kind, found.uuid, found.matched))
}

fn explained<K: IdKind>(kind: K, uuid: Uuid, matched: Matched<'static>) -> Explanation<K> {
    let info = kind.info();
    Explanation {
        kind,
        info,
        canonical: DynamicId::from_parts(InlineStr::new(info.prefix), uuid),
        matched,
    }
}

/// Several lines for people: the canonical form, kind, UUID and time, and the manifest metadata.
impl<K> fmt::Display for Explanation<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = self.info;
        writeln!(f, "{}", self.canonical)?;
        write!(f, "  kind:     {} (prefix `{}`", info.name, info.prefix)?;
        match self.matched {
            Matched::Prefix => f.write_str(")")?,
            Matched::Alias(alias) => write!(f, ", written with the old prefix `{alias}`)")?,
            Matched::BareUuid => f.write_str(", written as a bare UUID)")?,
        }
        if let Some(doc) = info.doc {
            write!(f, ": {doc}")?;
        }
        write!(
            f,
            "\n  uuid:     {} (version {})",
            self.uuid(),
            self.uuid().get_version_num()
        )?;
        if let Some((seconds, nanos)) = self.created_at() {
            write!(
                f,
                "\n  created:  {}",
                Rfc3339 {
                    seconds,
                    millis: nanos / 1_000_000
                }
            )?;
        }
        if let Some(owner) = info.owner {
            write!(f, "\n  owner:    {owner}")?;
        }
        if info.pii {
            f.write_str("\n  pii:      yes")?;
        }
        if let Some(note) = info.deprecated {
            write!(f, "\n  deprecated: {note}")?;
        }
        write!(f, "\n  declared: {}", info.declared_at)
    }
}
