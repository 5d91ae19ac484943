//! The loaded manifest as the runtime's [`KindTable`]: `ids inspect` and `ids new` place IDs and names with the
//! runtime's own code (its parser, its bare-UUID rule, its messages), borrowing the manifest for as long as the
//! command runs.

use id_manifest::{Kind, Manifest};
use id_runtime::{KindError, KindTable};

/// The kinds of a manifest, with the lists a [`KindTable`] borrows.
pub(crate) struct Kinds<'m> {
    manifest: &'m Manifest,
    keys: Vec<&'m str>,
    /// Every prefix and alias, in manifest order, each kind's prefix first.
    prefixes: Vec<&'m str>,
    /// The kind of each entry of `prefixes`.
    owners: Vec<usize>,
    accept_uuid: Vec<&'m str>,
}

impl<'m> Kinds<'m> {
    pub(crate) fn new(manifest: &'m Manifest) -> Kinds<'m> {
        let kinds = &manifest.kinds;
        Kinds {
            manifest,
            keys: kinds.iter().map(|kind| kind.key.as_str()).collect(),
            prefixes: kinds.iter().flat_map(Kind::all_prefixes).collect(),
            owners: kinds
                .iter()
                .enumerate()
                .flat_map(|(index, kind)| std::iter::repeat_n(index, 1 + kind.aliases.len()))
                .collect(),
            accept_uuid: kinds
                .iter()
                .filter(|kind| kind.accept_uuid)
                .map(|kind| kind.key.as_str())
                .collect(),
        }
    }

    /// The runtime's view of these kinds.
    pub(crate) fn table(&self) -> KindTable<'_> {
        KindTable::new(&self.keys, &self.prefixes, &self.owners, &self.accept_uuid)
    }

    /// The kind at `index` of [`table`](Self::table).
    pub(crate) fn kind(&self, index: usize) -> &'m Kind {
        &self.manifest.kinds[index]
    }

    /// The kind named `name`, or whose canonical prefix is `name` (`transaction` or `txn`); an unknown name gives
    /// the runtime's `unknown ID type` error, with its did-you-mean.
    pub(crate) fn by_key_or_prefix(&self, name: &str) -> Result<&'m Kind, KindError<'_>> {
        self.table()
            .by_key_or_prefix(name)
            .map(|index| self.kind(index))
    }
}
