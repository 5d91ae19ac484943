// A crate outside the workspace, compiled by tests/tests/testsuite/outside_crate.rs against id-runtime by path.
// It uses the generated API exactly as documented, so any rename breaks this build.

#[id_runtime::ids]
pub mod ids {}

use id_runtime::{DynamicId, IdBuf, ParseIdError, TypedId, WrongIdType};
use ids::{AnyId, IdType, RunId, UserId};

fn main() {
    let names: Vec<&str> = IdType::ALL.iter().map(|kind| kind.name()).collect();
    println!("kinds: {}", names.join(","));
    assert_eq!(IdType::COUNT, names.len());

    let run: RunId = RunId::new();
    let text: String = run.to_string();
    let back: Result<RunId, ParseIdError> = RunId::parse(&text);
    assert_eq!(back, Ok(run));
    assert_eq!(text.parse::<RunId>(), Ok(run));
    assert_eq!(RunId::from_uuid(run.uuid()), run);
    assert_eq!((RunId::PREFIX, RunId::TYPE), ("run", IdType::Run));
    assert_eq!(IdType::Run.prefix(), "run");
    assert_eq!(IdType::of(&text), Ok(IdType::Run));
    assert_eq!("run".parse::<IdType>(), Ok(IdType::Run));
    assert_eq!(<RunId as TypedId>::INFO.name, "run");
    let mut buf = IdBuf::new();
    assert_eq!(run.encode(&mut buf), text);

    let any: AnyId = text.parse().unwrap();
    assert_eq!((any.id_type(), any.uuid()), (IdType::Run, run.uuid()));
    assert_eq!(AnyId::from(run), any);
    let wrong: WrongIdType<AnyId> = UserId::try_from(any).unwrap_err();
    assert_eq!((wrong.expected.name, wrong.found.name), ("user", "run"));
    assert!(UserId::parse(&text).is_err());

    let dynamic = DynamicId::parse(&text).unwrap();
    assert_eq!((dynamic.prefix(), dynamic.uuid()), ("run", run.uuid()));
    let json = serde_json::to_string(&run).unwrap();
    assert_eq!(serde_json::from_str::<RunId>(&json).unwrap(), run);
    println!("api: ok");
}
