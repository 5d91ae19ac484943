//! The generated API on the root ids.toml: the names and behaviour that outside code compiles against.

use std::collections::HashSet;
use std::str::FromStr;

use id_runtime::{IdBuf, ParseIdError, TypedId, Uuid, WrongIdType};
use id_tests::ids::{AnyId, IdType, RunId, SessionId, TransactionId, UserId};

const RUN_TEXT: &str = "run_01h455vb4pex5vsknk084sn02q";
const RUN_UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

#[test]
fn id_type_lists_every_kind_in_manifest_order() {
    let names: Vec<&str> = IdType::ALL.iter().map(|kind| kind.name()).collect();
    assert_eq!(
        names,
        [
            "user",
            "session",
            "request",
            "agent",
            "tool",
            "transaction",
            "websocket",
            "execution",
            "trace",
            "metric",
            "thread",
            "run"
        ]
    );
    assert_eq!(IdType::COUNT, 12);
    assert_eq!(IdType::Transaction.prefix(), "txn");
    assert_eq!(IdType::Transaction.name(), "transaction");
    assert_eq!(IdType::Run.to_string(), "run");
    assert_eq!("websocket".parse::<IdType>(), Ok(IdType::Websocket));
    assert!(IdType::User < IdType::Run, "Ord follows manifest order");
}

#[test]
fn id_type_from_str_suggests_the_nearest_name() {
    let error = "rn".parse::<IdType>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown ID type `rn`; did you mean `run`?"
    );
    let error = "zebra".parse::<IdType>().unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown ID type `zebra`; known types: `user`, `session`"),
        "{error}"
    );
}

#[test]
fn id_type_of_reads_the_kind_from_the_prefix() {
    assert_eq!(IdType::of(RUN_TEXT), Ok(IdType::Run));
    assert_eq!(
        IdType::of("txn_01h455vb4pex5vsknk084sn02q"),
        Ok(IdType::Transaction)
    );
    assert!(matches!(
        IdType::of("job_01h455vb4pex5vsknk084sn02q"),
        Err(ParseIdError::UnknownPrefix { .. })
    ));
    assert!(matches!(
        IdType::of("run_01h455vb4pex5vsknk084sn02"),
        Err(ParseIdError::SuffixLength { found: 25 })
    ));
}

#[test]
fn typed_id_parses_formats_and_exposes_its_uuid() {
    let run = RunId::parse(RUN_TEXT).unwrap();
    assert_eq!(run.uuid(), Uuid::parse_str(RUN_UUID).unwrap());
    assert_eq!(run.to_string(), RUN_TEXT);
    assert_eq!(format!("{run:?}"), format!("RunId({RUN_TEXT})"));
    assert_eq!(
        format!("{run:>32}"),
        format!("  {RUN_TEXT}"),
        "Display honours width"
    );
    assert_eq!(RunId::from_str(RUN_TEXT), Ok(run));
    assert_eq!(RunId::from_uuid(run.uuid()), run);
    assert_eq!(run.encode(&mut IdBuf::new()), RUN_TEXT);
    assert_eq!(RunId::PREFIX, "run");
    assert_eq!(RunId::TYPE, IdType::Run);
    assert_eq!(<RunId as TypedId>::INFO.declared_at, "../ids.toml:40");
    assert_eq!(
        <RunId as TypedId>::INFO.doc,
        Some("One execution of an agent pipeline.")
    );
    assert_eq!(std::mem::size_of::<RunId>(), 16);
    assert_eq!(Uuid::from(run), run.uuid());
}

#[test]
fn an_id_of_one_kind_is_never_another() {
    let error = UserId::parse(RUN_TEXT).unwrap_err();
    assert_eq!(
        error,
        ParseIdError::WrongType {
            expected: UserId::INFO,
            found: id_runtime::InlineStr::new("run")
        }
    );
    assert_eq!(
        error.to_string(),
        "wrong ID type: expected a `user` ID, found a `run` ID"
    );
    let bare = RunId::parse("01h455vb4pex5vsknk084sn02q").unwrap_err();
    assert_eq!(
        bare.to_string(),
        "wrong ID type: expected a `run` ID, found an ID without prefix"
    );
}

/// A typed ID is a UUID aligned like a `u128`, so that results and `AnyId` hold it in whole words (see the
/// newtype template); `AnyId` adds its kind without growing past three words.
#[test]
fn typed_ids_are_sixteen_bytes_on_an_eight_byte_boundary() {
    assert_eq!((size_of::<RunId>(), align_of::<RunId>()), (16, 8));
    assert_eq!(size_of::<AnyId>(), 24);
    assert_eq!(size_of::<Option<RunId>>(), 24);
}

#[test]
fn new_ids_are_v7_unique_and_increasing() {
    let ids: Vec<RunId> = (0..10_000).map(|_| RunId::new()).collect();
    assert!(ids.iter().all(|id| id.uuid().get_version_num() == 7));
    assert!(
        ids.windows(2).all(|pair| pair[0] < pair[1]),
        "monotonic within the process"
    );
    let unique: HashSet<RunId> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len());
    for id in &ids[..100] {
        assert_eq!(RunId::parse(&id.to_string()), Ok(*id));
    }
}

#[test]
fn any_id_dispatches_on_the_prefix() {
    let any: AnyId = RUN_TEXT.parse().unwrap();
    assert_eq!(any.id_type(), IdType::Run);
    assert_eq!(any.uuid(), Uuid::parse_str(RUN_UUID).unwrap());
    assert_eq!(any.to_string(), RUN_TEXT);
    let txn = TransactionId::new();
    assert_eq!(AnyId::parse(&txn.to_string()), Ok(AnyId::Transaction(txn)));
    assert_eq!(AnyId::from(txn), AnyId::Transaction(txn));
    assert_eq!(any.encode(&mut IdBuf::new()), RUN_TEXT);
}

#[test]
fn any_id_suggests_a_known_prefix_for_a_typo() {
    let error = AnyId::parse("usr_01h455vb4pex5vsknk084sn02q").unwrap_err();
    assert_eq!(error.suggestion(), Some("user"));
    assert_eq!(
        error.to_string(),
        "unknown ID prefix `usr`; did you mean `user`?"
    );
    let error = AnyId::parse("zzzzzzzz_01h455vb4pex5vsknk084sn02q").unwrap_err();
    assert!(
        error
            .to_string()
            .contains("known prefixes: `user`, `session`"),
        "{error}"
    );
    let error = AnyId::parse(RUN_UUID).unwrap_err();
    assert_eq!(error, ParseIdError::BareUuid { accepted_by: &[] });
}

#[test]
fn try_from_any_id_names_both_kinds_and_keeps_the_value() {
    let user = UserId::new();
    let any = AnyId::from(user);
    assert_eq!(UserId::try_from(any), Ok(user));
    let error: WrongIdType<AnyId> = SessionId::try_from(any).unwrap_err();
    assert_eq!(
        (error.expected, error.found),
        (SessionId::INFO, UserId::INFO)
    );
    // The same words as the parser's for the same ID's text.
    assert_eq!(
        error.to_string(),
        "wrong ID type: expected a `session` ID, found a `user` ID"
    );
    assert_eq!(
        error.to_string(),
        SessionId::parse(&any.to_string()).unwrap_err().to_string()
    );
    let txn = AnyId::from(TransactionId::new());
    assert_eq!(
        UserId::try_from(txn).unwrap_err().to_string(),
        "wrong ID type: expected a `user` ID, found a `txn` ID"
    );
    assert_eq!(
        TransactionId::try_from(any).unwrap_err().to_string(),
        "wrong ID type: expected a `transaction` ID (`txn_…`), found a `user` ID"
    );
    assert_eq!(
        TransactionId::try_from(any).unwrap_err().to_string(),
        TransactionId::parse(&any.to_string())
            .unwrap_err()
            .to_string()
    );
    assert_eq!(error.into_inner(), any);
}

#[test]
fn serde_uses_the_typeid_text_in_json() {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Row {
        run: RunId,
        owner: AnyId,
    }
    let row = Row {
        run: RunId::parse(RUN_TEXT).unwrap(),
        owner: AnyId::User(UserId::new()),
    };
    let json = serde_json::to_string(&row).unwrap();
    assert!(
        json.starts_with(&format!("{{\"run\":\"{RUN_TEXT}\",\"owner\":\"user_")),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Row>(&json).unwrap(), row);

    let wrong = format!("{{\"run\":\"user_01h455vb4pex5vsknk084sn02q\",\"owner\":\"{RUN_TEXT}\"}}");
    let error = serde_json::from_str::<Row>(&wrong).unwrap_err().to_string();
    assert!(
        error.contains("expected a `run` ID, found a `user` ID"),
        "{error}"
    );
}

#[test]
fn info_carries_the_manifest_fields() {
    let info = IdType::Websocket.info();
    assert_eq!((info.name, info.prefix), ("websocket", "ws"));
    assert_eq!(info.doc, Some("One websocket connection."));
    assert_eq!(info.uuid_version, id_runtime::UuidVersion::V7);
    assert!(info.aliases.is_empty() && !info.accept_uuid && info.deprecated.is_none());
}

/// `PartialEq` stays derived on the newtypes, so a constant ID can be a pattern.
#[test]
fn a_constant_id_is_a_pattern() {
    const KNOWN: RunId = RunId::from_uuid(Uuid::from_u128(7));
    let matched = |id: RunId| matches!(id, KNOWN);
    assert!(matched(RunId::from_uuid(Uuid::from_u128(7))));
    assert!(!matched(RunId::from_uuid(Uuid::from_u128(8))));
}

#[test]
fn every_id_converts_from_str_and_string_as_parse_does() {
    let text = "run_01h455vb4pex5vsknk084sn02q";
    let run = RunId::parse(text).unwrap();
    assert_eq!(RunId::try_from(text), Ok(run));
    assert_eq!(RunId::try_from(text.to_owned()), Ok(run));
    assert_eq!(AnyId::try_from(text), Ok(AnyId::Run(run)));
    assert_eq!(AnyId::try_from(text.to_owned()), Ok(AnyId::Run(run)));
    let dynamic = id_runtime::DynamicId::try_from(text).unwrap();
    assert_eq!((dynamic.prefix(), dynamic.uuid()), ("run", run.uuid()));
    assert_eq!(
        id_runtime::DynamicId::try_from(text.to_owned()),
        Ok(dynamic)
    );
    // The errors are the parser's, variant and all.
    assert_eq!(
        UserId::try_from(text),
        UserId::parse(text).map(|_| unreachable!())
    );
    assert!(matches!(
        UserId::try_from(text.to_owned()),
        Err(ParseIdError::WrongType { expected, .. }) if expected.name == "user"
    ));
    assert!(matches!(
        AnyId::try_from("job_01h455vb4pex5vsknk084sn02q"),
        Err(ParseIdError::UnknownPrefix { .. })
    ));
    assert!(matches!(
        id_runtime::DynamicId::try_from("Run_01h455vb4pex5vsknk084sn02q"),
        Err(ParseIdError::InvalidPrefix { position: 0, .. })
    ));
}

#[test]
fn generated_ids_and_dynamic_ones_share_one_increasing_sequence() {
    // `ids new` makes its IDs with `DynamicId::generate`: the same process-wide v7 state as `RunId::new`.
    let mut last = RunId::new().uuid();
    for i in 0..200 {
        let next = if i % 2 == 0 {
            id_runtime::DynamicId::generate("run", id_runtime::UuidVersion::V7)
                .unwrap()
                .uuid()
        } else {
            RunId::new().uuid()
        };
        assert!(next > last, "{next} after {last}");
        last = next;
    }
    let v4 = id_runtime::DynamicId::generate("tool", id_runtime::UuidVersion::V4).unwrap();
    assert_eq!((v4.prefix(), v4.uuid().get_version_num()), ("tool", 4));
}
