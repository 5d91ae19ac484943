//! A manifest's kinds as plain data, and the one way to tell which kind an ID text is.
//!
//! `explain` reads the table `#[ids]` generates (`<IdType as IdKind>::TABLE`, borrowed from constants); the `ids`
//! command builds one from the manifest it loads at run time, borrowed from that. Both then identify an ID with
//! [`KindTable::identify`]: the runtime's parser, its bare-UUID rule, and the same messages as [`ParseIdError`].

use core::fmt;

use uuid::Uuid;

use crate::error::{write_bare_uuid, write_unknown_prefix, write_unknown_type};
use crate::{InlineStr, Matched, ParseIdError, parse};

/// Every kind of one manifest: keys, prefixes and aliases, and which kinds take a bare UUID. A kind is its index,
/// in manifest order.
///
/// ```
/// use id_runtime::{KindTable, Matched};
/// // Two kinds: `user`, and `transaction` with prefix `txn` and the old prefix `tx`.
/// let table = KindTable::new(&["user", "transaction"], &["user", "txn", "tx"], &[0, 1, 1], &[]);
/// let found = table.identify("tx_01h455vb4pex5vsknk084sn02q").unwrap();
/// assert_eq!((found.kind, found.matched), (1, Matched::Alias("tx")));
/// assert_eq!(table.canonical_prefix(found.kind), Some("txn"));
/// let error = table.identify("usr_01h455vb4pex5vsknk084sn02q").unwrap_err();
/// assert_eq!(error.to_string(), "unknown ID prefix `usr`; did you mean `user`?");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindTable<'k> {
    keys: &'k [&'k str],
    prefixes: &'k [&'k str],
    owners: &'k [usize],
    accept_uuid: &'k [&'k str],
}

impl<'k> KindTable<'k> {
    /// A table of `keys` (one per kind, in manifest order); `prefixes`, every prefix and alias in manifest order,
    /// each kind's canonical prefix before its aliases; `owners`, the index in `keys` of the kind of each entry of
    /// `prefixes`; and `accept_uuid`, the keys of the kinds that take a bare UUID.
    ///
    /// A table that breaks this shape (an owner out of range, `owners` shorter than `prefixes`) never panics: an
    /// entry without a valid owner is never found.
    pub const fn new(
        keys: &'k [&'k str],
        prefixes: &'k [&'k str],
        owners: &'k [usize],
        accept_uuid: &'k [&'k str],
    ) -> KindTable<'k> {
        KindTable {
            keys,
            prefixes,
            owners,
            accept_uuid,
        }
    }

    /// The keys of the kinds, in manifest order.
    pub const fn keys(&self) -> &'k [&'k str] {
        self.keys
    }

    /// Every prefix and alias, in manifest order: what an unknown-prefix error lists.
    pub const fn prefixes(&self) -> &'k [&'k str] {
        self.prefixes
    }

    /// The keys of the kinds that take a bare UUID.
    pub const fn accept_uuid(&self) -> &'k [&'k str] {
        self.accept_uuid
    }

    /// The canonical prefix of kind `kind`: the first of its entries.
    pub fn canonical_prefix(&self, kind: usize) -> Option<&'k str> {
        if kind >= self.keys.len() {
            return None;
        }
        let at = self.owners.iter().position(|&owner| owner == kind)?;
        self.prefixes.get(at).copied()
    }

    /// The kind whose prefix or alias is `prefix`, and which of the two it is.
    pub fn by_prefix(&self, prefix: &str) -> Result<(usize, Matched<'k>), KindError<'k>> {
        for (at, (&entry, &owner)) in self.prefixes.iter().zip(self.owners).enumerate() {
            if entry == prefix && owner < self.keys.len() {
                let canonical = at == 0 || self.owners[at - 1] != owner;
                let matched = if canonical {
                    Matched::Prefix
                } else {
                    Matched::Alias(entry)
                };
                return Ok((owner, matched));
            }
        }
        Err(KindError::UnknownPrefix {
            found: InlineStr::new(prefix),
            known: self.prefixes,
        })
    }

    /// The kind whose key is `name`, else whose canonical prefix is `name` (`transaction` or `txn`).
    pub fn by_key_or_prefix(&self, name: &str) -> Result<usize, KindError<'k>> {
        if let Some(kind) = self.keys.iter().position(|&key| key == name) {
            return Ok(kind);
        }
        match self.by_prefix(name) {
            Ok((kind, Matched::Prefix)) => Ok(kind),
            Ok(_) | Err(_) => Err(KindError::UnknownType {
                found: InlineStr::new(name),
                known: self.keys,
            }),
        }
    }

    /// The one kind that takes bare UUIDs; with none or several, the bare UUID cannot be placed.
    pub fn bare_uuid_kind(&self) -> Result<usize, KindError<'k>> {
        let mut accepting = self
            .keys
            .iter()
            .enumerate()
            .filter(|(_, key)| self.accept_uuid.contains(key));
        match (accepting.next(), accepting.next()) {
            (Some((kind, _)), None) => Ok(kind),
            _ => Err(KindError::BareUuid {
                accepted_by: self.accept_uuid,
            }),
        }
    }

    /// Which kind `text` is: a TypeID by its prefix or alias (the runtime's parser, spec-exact), else a bare UUID
    /// for the one kind that takes those.
    pub fn identify(&self, text: &str) -> Result<Identified<'k>, KindError<'k>> {
        match parse::parse_any(text) {
            Ok((prefix, uuid)) => {
                let (kind, matched) = self.by_prefix(prefix)?;
                Ok(Identified {
                    kind,
                    uuid,
                    matched,
                })
            }
            Err(error) => match parse::parse_bare_uuid(text) {
                Some(uuid) => Ok(Identified {
                    kind: self.bare_uuid_kind()?,
                    uuid,
                    matched: Matched::BareUuid,
                }),
                None => Err(KindError::Parse(error)),
            },
        }
    }
}

/// An ID text placed by [`KindTable::identify`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Identified<'k> {
    /// The kind, as its index in the table.
    pub kind: usize,
    /// The UUID inside.
    pub uuid: Uuid,
    /// How the text named the kind.
    pub matched: Matched<'k>,
}

/// Why [`KindTable`] could not place a text or a name: the same cases and words as the matching
/// [`ParseIdError`]s, with the lists borrowed from the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum KindError<'k> {
    /// The text is not a TypeID (nor a bare UUID): the parser's error.
    Parse(ParseIdError),
    /// A well-formed ID whose prefix no kind of the table uses.
    UnknownPrefix {
        /// The prefix found (empty for an ID without prefix).
        found: InlineStr,
        /// Every prefix and alias of the table.
        known: &'k [&'k str],
    },
    /// A name that is neither a key nor a canonical prefix of the table.
    UnknownType {
        /// The name found.
        found: InlineStr,
        /// Every key of the table.
        known: &'k [&'k str],
    },
    /// A bare UUID, and not exactly one kind takes those.
    BareUuid {
        /// The keys of the kinds that take a bare UUID.
        accepted_by: &'k [&'k str],
    },
}

impl fmt::Display for KindError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KindError::Parse(error) => fmt::Display::fmt(error, f),
            KindError::UnknownPrefix { found, known } => write_unknown_prefix(f, found, known),
            KindError::UnknownType { found, known } => write_unknown_type(f, found, known),
            KindError::BareUuid { accepted_by } => write_bare_uuid(f, accepted_by),
        }
    }
}

impl std::error::Error for KindError<'_> {}

/// The table of generated code holds `'static` lists, which is what a [`ParseIdError`] quotes.
impl From<KindError<'static>> for ParseIdError {
    fn from(error: KindError<'static>) -> ParseIdError {
        match error {
            KindError::Parse(error) => error,
            KindError::UnknownPrefix { found, known } => {
                ParseIdError::UnknownPrefix { found, known }
            }
            KindError::UnknownType { found, known } => ParseIdError::UnknownType { found, known },
            KindError::BareUuid { accepted_by } => ParseIdError::BareUuid { accepted_by },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "01h455vb4pex5vsknk084sn02q";

    /// `user`; `transaction` with prefix `txn` and the old prefix `tx`; `legacy` taking bare UUIDs.
    fn table() -> KindTable<'static> {
        KindTable::new(
            &["user", "transaction", "legacy"],
            &["user", "txn", "tx", "legacy"],
            &[0, 1, 1, 2],
            &["legacy"],
        )
    }

    #[test]
    fn places_a_prefix_an_alias_and_a_bare_uuid() {
        let table = table();
        let at = |text: &str| {
            let found = table.identify(text).unwrap();
            (found.kind, found.matched)
        };
        assert_eq!(at(&format!("user_{ID}")), (0, Matched::Prefix));
        assert_eq!(at(&format!("txn_{ID}")), (1, Matched::Prefix));
        assert_eq!(at(&format!("tx_{ID}")), (1, Matched::Alias("tx")));
        assert_eq!(
            at("01890a5d-ac96-774b-bcce-b302099a8057"),
            (2, Matched::BareUuid)
        );
        let found = table.identify(&format!("legacy_{ID}")).unwrap();
        assert_eq!(
            found.uuid,
            Uuid::parse_str("01890a5d-ac96-774b-bcce-b302099a8057").unwrap()
        );
        assert_eq!(table.canonical_prefix(1), Some("txn"));
        assert_eq!(table.canonical_prefix(3), None);
    }

    #[test]
    fn errors_are_the_parsers_in_the_parsers_words() {
        let table = table();
        assert_eq!(
            table.identify(&format!("usr_{ID}")).unwrap_err(),
            KindError::UnknownPrefix {
                found: InlineStr::new("usr"),
                known: &["user", "txn", "tx", "legacy"],
            }
        );
        assert_eq!(
            table
                .identify(&format!("usr_{ID}"))
                .unwrap_err()
                .to_string(),
            "unknown ID prefix `usr`; did you mean `user`?"
        );
        assert_eq!(
            table
                .identify(&format!("zzzzzz_{ID}"))
                .unwrap_err()
                .to_string(),
            "unknown ID prefix `zzzzzz`; known prefixes: `user`, `txn`, `tx`, `legacy`"
        );
        // Malformed text: the parser's own error, unchanged.
        let bad = format!("user_{}", &ID[..25]);
        assert_eq!(
            table.identify(&bad).unwrap_err(),
            KindError::Parse(parse::parse_any(&bad).unwrap_err())
        );
        assert_eq!(
            table
                .by_key_or_prefix("transactoin")
                .unwrap_err()
                .to_string(),
            "unknown ID type `transactoin`; did you mean `transaction`?"
        );
    }

    #[test]
    fn a_name_is_a_key_or_a_canonical_prefix_never_an_alias() {
        let table = table();
        assert_eq!(table.by_key_or_prefix("transaction"), Ok(1));
        assert_eq!(table.by_key_or_prefix("txn"), Ok(1));
        assert_eq!(
            table.by_key_or_prefix("tx"),
            Err(KindError::UnknownType {
                found: InlineStr::new("tx"),
                known: &["user", "transaction", "legacy"],
            })
        );
    }

    #[test]
    fn a_bare_uuid_needs_exactly_one_kind_that_takes_it() {
        let uuid = "01890a5d-ac96-774b-bcce-b302099a8057";
        let none = KindTable::new(&["user"], &["user"], &[0], &[]);
        let two = KindTable::new(&["a", "b"], &["a", "b"], &[0, 1], &["a", "b"]);
        assert_eq!(
            none.identify(uuid).unwrap_err().to_string(),
            "a bare UUID has no prefix, so its ID type is unknown; no kind in the manifest sets `accept_uuid = true`"
        );
        assert_eq!(
            two.identify(uuid).unwrap_err(),
            KindError::BareUuid {
                accepted_by: &["a", "b"]
            }
        );
    }

    #[test]
    fn a_malformed_table_never_panics() {
        // An owner past the keys, and fewer owners than prefixes: those entries are never found.
        let table = KindTable::new(
            &["user"],
            &["user", "ghost", "orphan"],
            &[0, 7],
            &["nobody"],
        );
        assert!(table.identify(&format!("ghost_{ID}")).is_err());
        assert!(table.identify(&format!("orphan_{ID}")).is_err());
        assert!(
            table
                .identify("01890a5d-ac96-774b-bcce-b302099a8057")
                .is_err()
        );
        assert_eq!(table.canonical_prefix(7), None);
        assert_eq!(table.by_prefix("user"), Ok((0, Matched::Prefix)));
    }

    #[test]
    fn a_static_error_converts_to_the_same_parse_error() {
        let table = table();
        for text in [
            format!("usr_{ID}"),
            String::from("01890a5d-ac96-774b-bcce-b302099a8057x"),
            String::new(),
        ] {
            let error = table.identify(&text).unwrap_err();
            assert_eq!(ParseIdError::from(error).to_string(), error.to_string());
        }
    }
}
