//! The invariants the fuzz targets check (`fuzz/`), shared with `tests/tests/testsuite/fuzz_corpus.rs`, which replays the
//! checked-in corpus and every crash found through the very same functions, so CI checks them without a fuzzer.
//!
//! Each function takes arbitrary bytes and panics when an invariant breaks. The invariants are two-sided: what a
//! parser accepts, the independent reference ([`crate::reference`]) accepts with the same prefix and value; what it
//! rejects, the reference rejects too (or, for a typed parse, reads as another kind). A parser that rejected
//! everything would fail the first valid seed.

use id_runtime::{DynamicId, IdBuf, ParseIdError};

use crate::ids::{AnyId, IdType, RunId};
use crate::reference;

/// `DynamicId::parse`: no panic; it accepts exactly what the reference accepts, with the same prefix and value; an
/// accepted text is canonical (formatting gives it back) and re-parses equal.
pub fn dynamic_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let expected = reference::parse(text);
    match DynamicId::parse(text) {
        Ok(id) => {
            assert_eq!(
                expected,
                Some((id.prefix().to_owned(), id.uuid().as_u128())),
                "{text:?}: accepted as {id:?}"
            );
            assert_eq!(id.to_string(), text, "accepted text must be canonical");
            assert_eq!(id.encode(&mut IdBuf::new()), text);
            assert_eq!(DynamicId::parse(&id.to_string()), Ok(id));
            assert_eq!(DynamicId::new(id.prefix(), id.uuid()), Ok(id));
        }
        Err(error) => {
            assert_eq!(expected, None, "{text:?}: rejected with {error:?}");
            assert!(!error.to_string().is_empty());
        }
    }
}

/// `RunId::parse` (the root manifest has no aliases or bare UUIDs): the same, and never another kind's text.
pub fn typed_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let expected = reference::parse(text);
    match RunId::parse(text) {
        Ok(id) => {
            assert_eq!(
                expected,
                Some(("run".to_owned(), id.uuid().as_u128())),
                "{text:?}: accepted as {id:?}"
            );
            assert_eq!(id.to_string(), text, "accepted text must be canonical");
            assert_eq!(RunId::parse(&id.to_string()), Ok(id));
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            // A rejected text is no `run` ID by the reference either, nor by the general parser.
            assert!(
                expected.as_ref().is_none_or(|(prefix, _)| prefix != "run"),
                "{text:?}: rejected with {error:?}"
            );
            assert!(DynamicId::parse(text).map_or(true, |id| id.prefix() != "run"));
        }
    }
}

/// `AnyId::parse`: the same, and the kind is the one its prefix names.
pub fn any_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let expected = reference::parse(text);
    match AnyId::parse(text) {
        Ok(id) => {
            assert_eq!(
                expected,
                Some((id.id_type().prefix().to_owned(), id.uuid().as_u128())),
                "{text:?}: accepted as {id:?}"
            );
            assert_eq!(id.to_string(), text, "accepted text must be canonical");
            assert_eq!(AnyId::parse(&id.to_string()), Ok(id));
            assert_eq!(IdType::of(text), Ok(id.id_type()));
            let dynamic = DynamicId::parse(text).expect("AnyId accepts only TypeIDs");
            assert_eq!(dynamic.prefix(), id.id_type().prefix());
        }
        Err(error) => {
            assert!(!error.to_string().is_empty());
            let _ = error.suggestion();
            // Rejected: not a TypeID by the reference, or one whose prefix no kind declares.
            if let Some((prefix, _)) = &expected {
                assert!(
                    IdType::ALL.iter().all(|kind| kind.prefix() != prefix),
                    "{text:?}: a `{prefix}` ID rejected with {error:?}"
                );
            }
        }
    }
}

/// `AnyId::parse` of the 102-kind manifest (hash-table dispatch) against a plain reading of the manifest: a TypeID
/// whose prefix is declared (canonical or alias) parses to that kind and UUID; one with another non-empty prefix
/// is `UnknownPrefix`; anything `DynamicId` rejects, `AnyId` rejects too.
pub fn any_parse_many(data: &[u8]) {
    use crate::many_ids::{AnyId, IdType};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let any = AnyId::parse(text);
    let expected = reference::parse(text);
    match DynamicId::parse(text) {
        Ok(dynamic) => {
            assert_eq!(
                expected,
                Some((dynamic.prefix().to_owned(), dynamic.uuid().as_u128())),
                "{text:?}"
            );
            let declared = IdType::ALL.into_iter().find(|kind| {
                kind.info()
                    .prefixes()
                    .any(|known| known == dynamic.prefix())
            });
            match (declared, any) {
                (Some(kind), Ok(any)) => {
                    assert_eq!((any.id_type(), any.uuid()), (kind, dynamic.uuid()));
                    assert_eq!(AnyId::parse(&any.to_string()), Ok(any));
                }
                (None, Err(ParseIdError::UnknownPrefix { found, .. })) => {
                    assert_eq!(&*found, dynamic.prefix());
                }
                (None, Err(_)) if dynamic.prefix().is_empty() => {}
                (declared, any) => panic!("{text:?}: declared {declared:?}, parsed {any:?}"),
            }
        }
        Err(error) => {
            assert_eq!(expected, None, "{text:?}: rejected with {error:?}");
            assert!(any.is_err(), "{text:?}: {any:?}");
        }
    }
}

/// `id_manifest::parse_bytes`: no panic; every failure has diagnostics with real positions; a success has kinds.
pub fn manifest(data: &[u8]) {
    let lines = data.split(|&b| b == b'\n').count();
    match id_manifest::parse_bytes(data, "ids.toml") {
        Ok(manifest) => {
            assert!(!manifest.kinds.is_empty());
            for kind in &manifest.kinds {
                assert!(
                    id_runtime::check_prefix(&kind.prefix).is_ok(),
                    "{}",
                    kind.prefix
                );
                assert!(kind.declared_at.line >= 1 && kind.declared_at.line <= lines);
            }
        }
        Err(failure) => {
            assert!(!failure.diagnostics.is_empty());
            for diagnostic in &failure.diagnostics {
                let location = &diagnostic.location;
                assert!(
                    location.line >= 1 && location.line <= lines.max(1),
                    "{diagnostic}"
                );
                assert!(location.column >= 1, "{diagnostic}");
                assert!(!diagnostic.to_string().is_empty());
            }
        }
    }
}
