//! The loaded manifest as `id-runtime`'s errors want it: `ParseIdError` quotes lists of known prefixes and names as
//! `&'static [&'static str]` (generated code passes constants), so the CLI leaks its one manifest to build them.
//! A process loads a single manifest, so this is a bounded, one-time allocation.

use id_manifest::{Kind, Manifest};
use id_runtime::{InlineStr, ParseIdError};

/// The kinds, with the lists the runtime's error messages need.
pub(crate) struct Kinds {
    /// The manifest, kept for the life of the process.
    pub(crate) manifest: &'static Manifest,
    /// Every prefix and alias, in file order.
    prefixes: &'static [&'static str],
    /// Every kind name.
    names: &'static [&'static str],
    /// The kinds whose typed parse accepts a bare UUID.
    accept_uuid: &'static [&'static str],
}

impl Kinds {
    /// Leaks `manifest` (see the module docs) and indexes it.
    pub(crate) fn new(manifest: Manifest) -> Kinds {
        let manifest: &'static Manifest = Box::leak(Box::new(manifest));
        let leak = |items: Vec<&'static str>| -> &'static [&'static str] {
            Box::leak(items.into_boxed_slice())
        };
        Kinds {
            manifest,
            prefixes: leak(manifest.kinds.iter().flat_map(Kind::all_prefixes).collect()),
            names: leak(
                manifest
                    .kinds
                    .iter()
                    .map(|kind| kind.key.as_str())
                    .collect(),
            ),
            accept_uuid: leak(
                manifest
                    .kinds
                    .iter()
                    .filter(|kind| kind.accept_uuid)
                    .map(|kind| kind.key.as_str())
                    .collect(),
            ),
        }
    }

    /// The kind named `name`, or whose canonical prefix is `name` (`transaction` or `txn`).
    ///
    /// An unknown name gives the runtime's `unknown ID type` error, with its did-you-mean.
    pub(crate) fn by_name_or_prefix(&self, name: &str) -> Result<&'static Kind, ParseIdError> {
        let kinds = &self.manifest.kinds;
        kinds
            .iter()
            .find(|kind| kind.key == name)
            .or_else(|| kinds.iter().find(|kind| kind.prefix == name))
            .ok_or(ParseIdError::UnknownType {
                found: InlineStr::new(name),
                known: self.names,
            })
    }

    /// The kind that accepts `prefix`, and whether `prefix` is one of its aliases rather than its prefix.
    ///
    /// An unknown prefix gives the runtime's `unknown ID prefix` error, with its did-you-mean, as `AnyId` does.
    pub(crate) fn by_prefix(&self, prefix: &str) -> Result<(&'static Kind, bool), ParseIdError> {
        for kind in &self.manifest.kinds {
            if kind.prefix == prefix {
                return Ok((kind, false));
            }
            if kind.aliases.iter().any(|alias| alias == prefix) {
                return Ok((kind, true));
            }
        }
        Err(ParseIdError::UnknownPrefix {
            found: InlineStr::new(prefix),
            known: self.prefixes,
        })
    }

    /// The one kind that takes bare UUIDs; with none or several, the runtime's error naming them, as `explain` does.
    pub(crate) fn for_bare_uuid(&self) -> Result<&'static Kind, ParseIdError> {
        let mut accepting = self.manifest.kinds.iter().filter(|kind| kind.accept_uuid);
        match (accepting.next(), accepting.next()) {
            (Some(kind), None) => Ok(kind),
            _ => Err(ParseIdError::BareUuid {
                accepted_by: self.accept_uuid,
            }),
        }
    }
}

/// A kind's labels as a JSON object in manifest order (a map type would sort them), for `--json` and the exports.
pub(crate) struct LabelsJson<'a>(pub(crate) &'a [(String, String)]);

impl LabelsJson<'_> {
    /// Whether the kind has no labels, for `skip_serializing_if`.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl serde::Serialize for LabelsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
