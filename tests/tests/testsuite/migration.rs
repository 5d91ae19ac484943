//! Migration keys of the manifest: aliases, bare UUIDs, UUID version, deprecation and metadata.

use id_runtime::{Matched, ParseIdError, Uuid, UuidVersion, explain};

#[id_runtime::ids("../../fixtures/migration.toml", module = crate::migration::ids)]
mod ids {}

use ids::{AnyId, ConnectionId, IdType, SessionId, UserId};

const SUFFIX: &str = "01h455vb4pex5vsknk084sn02q";
const UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

#[test]
fn aliases_parse_to_the_same_value_and_display_the_canonical_prefix() {
    let canonical = UserId::parse(&format!("user_{SUFFIX}")).unwrap();
    for alias in ["usr", "account"] {
        let old = UserId::parse(&format!("{alias}_{SUFFIX}")).unwrap();
        assert_eq!(old, canonical);
        assert_eq!(old.to_string(), format!("user_{SUFFIX}"));
        assert_eq!(
            AnyId::parse(&format!("{alias}_{SUFFIX}")),
            Ok(AnyId::User(canonical))
        );
        assert_eq!(IdType::of(&format!("{alias}_{SUFFIX}")), Ok(IdType::User));
    }
    // An alias of one kind is still the wrong kind for another.
    assert!(matches!(
        SessionId::parse(&format!("usr_{SUFFIX}")),
        Err(ParseIdError::WrongType { .. })
    ));
}

#[test]
fn bare_uuids_parse_only_for_kinds_that_accept_them() {
    let canonical = UserId::parse(&format!("user_{SUFFIX}")).unwrap();
    let simple = UUID.replace('-', "");
    for text in [
        UUID.to_owned(),
        UUID.to_uppercase(),
        simple.clone(),
        simple.to_uppercase(),
    ] {
        assert_eq!(UserId::parse(&text), Ok(canonical), "{text}");
        assert!(SessionId::parse(&text).is_err(), "{text}");
    }
    assert_eq!(
        UserId::parse(UUID).unwrap().to_string(),
        format!("user_{SUFFIX}")
    );
    // Braced and URN forms are not "standard text forms" of a stored ID.
    assert!(UserId::parse(&format!("{{{UUID}}}")).is_err());
    assert!(UserId::parse(&format!("urn:uuid:{UUID}")).is_err());
}

#[test]
fn any_id_rejects_a_bare_uuid_and_names_the_kinds_that_accept_one() {
    let error = AnyId::parse(UUID).unwrap_err();
    assert_eq!(
        error,
        ParseIdError::BareUuid {
            accepted_by: &["user"]
        }
    );
    assert_eq!(
        error.to_string(),
        "a bare UUID has no prefix, so its ID type is unknown; \
         parse it with the typed parser of a kind that accepts bare UUIDs: `user`"
    );
}

#[test]
fn uuid_version_decides_what_new_generates() {
    for _ in 0..1000 {
        assert_eq!(SessionId::new().uuid().get_version_num(), 4);
        assert_eq!(ConnectionId::new().uuid().get_version_num(), 7);
        assert_eq!(UserId::new().uuid().get_version_num(), 7);
    }
    assert_eq!(IdType::Session.info().uuid_version, UuidVersion::V4);
    assert_eq!(IdType::Connection.info().uuid_version, UuidVersion::V7);
}

#[test]
#[allow(deprecated)]
fn deprecated_kinds_still_parse_stored_ids() {
    let old = ids::WebsocketId::parse(&format!("ws_{SUFFIX}")).unwrap();
    assert_eq!(old.uuid(), Uuid::parse_str(UUID).unwrap());
    assert_eq!(
        IdType::Websocket.info().deprecated,
        Some("use connection instead")
    );
}

#[test]
#[allow(deprecated)]
fn info_carries_every_manifest_field() {
    let user = IdType::User.info();
    assert_eq!(user.name, "user");
    assert_eq!(user.aliases, ["usr", "account"]);
    assert!(user.accept_uuid && user.pii);
    assert_eq!(user.owner, Some("identity"));
    assert_eq!(user.doc, Some("A person who signs in."));
    assert_eq!(user.declared_at, "../../fixtures/migration.toml:6");
    assert_eq!(
        user.prefixes().collect::<Vec<_>>(),
        ["user", "usr", "account"]
    );
    let websocket = IdType::Websocket.info();
    assert_eq!(
        websocket.description,
        Some("The old name for a connection.")
    );
    assert!(!websocket.pii && websocket.owner.is_none());
}

#[test]
fn explain_names_the_kind_and_how_it_was_written() {
    let found = explain::<IdType>(&format!("usr_{SUFFIX}")).unwrap();
    assert_eq!(found.kind, IdType::User);
    assert_eq!(found.matched, Matched::Alias("usr"));
    assert_eq!(found.canonical.to_string(), format!("user_{SUFFIX}"));
    assert_eq!(found.created_at(), Some((1_688_096_058, 518_000_000)));
    let text = found.to_string();
    assert!(text.contains(
        "kind:     user (prefix `user`, written with the old prefix `usr`): A person who signs in."
    ));
    assert!(
        text.contains("created:  2023-06-30T03:34:18.518Z"),
        "{text}"
    );
    assert!(
        text.contains("owner:    identity") && text.contains("pii:      yes"),
        "{text}"
    );
    assert!(
        text.contains(
            "\n  link:     https://admin.example.com/users/01890a5d-ac96-774b-bcce-b302099a8057\n"
        ) && text.contains("\n  labels:   retention = \"7y\", on call = \"#identity\"\n"),
        "{text}"
    );

    let bare = explain::<IdType>(UUID).unwrap();
    assert_eq!((bare.kind, bare.matched), (IdType::User, Matched::BareUuid));
    let unknown = explain::<IdType>(&format!("sesion_{SUFFIX}")).unwrap_err();
    assert_eq!(unknown.suggestion(), Some("session"));
}
