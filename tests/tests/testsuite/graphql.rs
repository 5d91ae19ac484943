//! async-graphql: queries executed against a real `Schema`. Each typed ID is a scalar named after its type that
//! accepts only its own kind, and a rejected ID never reaches a resolver; `AnyId` accepts any declared kind.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_graphql::{
    Context, EmptyMutation, EmptySubscription, Object, Request, Response, SDLExportOptions, Schema,
    SimpleObject, Variables,
};
use id_tests::ids::{AnyId, IdType, RunId, UserId};
use serde_json::{Value, json};

const RUN: &str = "run_01h455vb4pex5vsknk084sn02q";
const OWNER: &str = "user_01h455vb4pex5vsknk084sn02q";
const UNOWNED_RUN: &str = "run_01h455vb4pex5vsknk084sn02r";

/// How many times a resolver body ran: a rejected argument must leave it at zero.
#[derive(Default)]
struct Calls(AtomicUsize);

#[derive(SimpleObject)]
struct Run {
    id: RunId,
    owner: Option<UserId>,
}

#[derive(SimpleObject)]
struct Found {
    id: AnyId,
    kind: String,
}

struct Query;

#[Object]
impl Query {
    /// The run, with its owner when it has one.
    async fn run(&self, ctx: &Context<'_>, id: RunId) -> Run {
        ctx.data_unchecked::<Arc<Calls>>()
            .0
            .fetch_add(1, Ordering::SeqCst);
        let owner = (id == RunId::parse(RUN).unwrap()).then(|| UserId::parse(OWNER).unwrap());
        Run { id, owner }
    }

    /// Any ID, with the manifest key of its kind.
    async fn find(&self, ctx: &Context<'_>, id: AnyId) -> Found {
        ctx.data_unchecked::<Arc<Calls>>()
            .0
            .fetch_add(1, Ordering::SeqCst);
        Found {
            id,
            kind: id.id_type().name().to_owned(),
        }
    }
}

type IdSchema = Schema<Query, EmptyMutation, EmptySubscription>;

fn schema() -> (IdSchema, Arc<Calls>) {
    let calls = Arc::new(Calls::default());
    let schema = Schema::build(Query, EmptyMutation, EmptySubscription)
        .data(Arc::clone(&calls))
        .finish();
    (schema, calls)
}

async fn execute(schema: &IdSchema, request: impl Into<Request>) -> (Value, Vec<String>) {
    let response: Response = schema.execute(request).await;
    let errors = response.errors.iter().map(|e| e.message.clone()).collect();
    (response.data.into_json().unwrap(), errors)
}

fn with_id(query: &str, id: &str) -> Request {
    Request::new(query).variables(Variables::from_json(json!({ "id": id })))
}

#[tokio::test]
async fn a_literal_run_id_comes_back_with_its_optional_owner() {
    let (schema, calls) = schema();
    let query = format!(
        r#"{{ a: run(id: "{RUN}") {{ id owner }} b: run(id: "{UNOWNED_RUN}") {{ id owner }} }}"#
    );
    let (data, errors) = execute(&schema, query.as_str()).await;
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(
        data,
        json!({ "a": { "id": RUN, "owner": OWNER }, "b": { "id": UNOWNED_RUN, "owner": null } })
    );
    assert_eq!(calls.0.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_variable_run_id_is_parsed_as_its_kind() {
    let (schema, calls) = schema();
    let query = "query ($id: RunId!) { run(id: $id) { id owner } }";
    let (data, errors) = execute(&schema, with_id(query, RUN)).await;
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(data, json!({ "run": { "id": RUN, "owner": OWNER } }));
    assert_eq!(calls.0.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_id_of_another_kind_is_an_error_naming_both_kinds_and_no_resolver_runs() {
    let expected = "wrong ID type: expected a `run` ID, found a `user` ID";
    let (schema, calls) = schema();
    let literal = format!(r#"{{ run(id: "{OWNER}") {{ id }} }}"#);
    let variable = with_id("query ($id: RunId!) { run(id: $id) { id } }", OWNER);
    for request in [Request::new(literal), variable] {
        let (data, errors) = execute(&schema, request).await;
        assert_eq!(errors, [format!(r#"Failed to parse "RunId": {expected}"#)]);
        assert_eq!(data, Value::Null);
    }
    assert_eq!(calls.0.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_malformed_id_is_an_error_saying_what_is_wrong() {
    let (schema, calls) = schema();
    for (bad, expected) in [
        (
            "run_01h455vb4pex5vsknk084sn02",
            "the ID suffix must be 26 characters long, found 25 (the suffix is everything after the last `_`)",
        ),
        (
            "run_81h455vb4pex5vsknk084sn02q",
            "the ID suffix starts with '8' at byte 4: its first character must be 0-7, larger values overflow 128 bits",
        ),
        (
            "RUN_01h455vb4pex5vsknk084sn02q",
            "invalid ID prefix at byte 0: the prefix has the uppercase letter `R`; prefixes are lowercase",
        ),
        ("", "an empty string is not an ID"),
    ] {
        let (data, errors) = execute(
            &schema,
            with_id("query ($id: RunId!) { run(id: $id) { id } }", bad),
        )
        .await;
        assert_eq!(
            errors,
            [format!(r#"Failed to parse "RunId": {expected}"#)],
            "{bad:?}"
        );
        assert_eq!(data, Value::Null);
    }
    assert_eq!(calls.0.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_value_that_is_not_a_string_fails_validation_before_execution() {
    let (schema, calls) = schema();
    for literal in [
        "42",
        "true",
        "[\"run_01h455vb4pex5vsknk084sn02q\"]",
        "{ id: 1 }",
    ] {
        let (data, errors) = execute(
            &schema,
            format!("{{ run(id: {literal}) {{ id }} }}").as_str(),
        )
        .await;
        assert_eq!(
            errors,
            [r#"Invalid value for argument "id", expected type "RunId""#],
            "{literal}"
        );
        assert_eq!(data, Value::Null);
    }
    assert_eq!(calls.0.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn any_id_accepts_every_declared_kind_and_rejects_unknown_prefixes() {
    let (schema, calls) = schema();
    let query = "query ($id: AnyId!) { find(id: $id) { id kind } }";
    for kind in IdType::ALL {
        let id = format!("{}_01h455vb4pex5vsknk084sn02q", kind.prefix());
        let (data, errors) = execute(&schema, with_id(query, &id)).await;
        assert_eq!(errors, Vec::<String>::new(), "{id}");
        assert_eq!(data, json!({ "find": { "id": id, "kind": kind.name() } }));
    }
    assert_eq!(calls.0.load(Ordering::SeqCst), IdType::ALL.len());

    let unknown = "rn_01h455vb4pex5vsknk084sn02q";
    let expected = "unknown ID prefix `rn`; did you mean `run`?";
    let (data, errors) = execute(&schema, with_id(query, unknown)).await;
    assert_eq!(errors, [format!(r#"Failed to parse "AnyId": {expected}"#)]);
    assert_eq!(data, Value::Null);
    assert_eq!(calls.0.load(Ordering::SeqCst), IdType::ALL.len());
}

#[test]
fn the_sdl_declares_each_scalar_with_the_manifest_doc() {
    let sdl = schema().0.sdl();
    let doc = IdType::Run.info().doc.expect("run has a doc in ids.toml");
    assert!(
        sdl.contains(&format!("\"\"\"\n{doc}\n\"\"\"\nscalar RunId\n")),
        "{sdl}"
    );
    let doc = IdType::User.info().doc.unwrap();
    assert!(
        sdl.contains(&format!("\"\"\"\n{doc}\n\"\"\"\nscalar UserId\n")),
        "{sdl}"
    );
    assert!(
        sdl.contains(&format!("\"\"\"\n{}\n\"\"\"\nscalar AnyId\n", any_id_doc())),
        "{sdl}"
    );
    assert!(sdl.contains("run(id: RunId!): Run!"), "{sdl}");
    assert!(sdl.contains("owner: UserId\n"), "{sdl}");

    // `@specifiedBy` is printed when asked for.
    let sdl = schema()
        .0
        .sdl_with_options(SDLExportOptions::new().include_specified_by());
    assert!(
        sdl.contains(&format!("scalar RunId @specifiedBy(url: \"{SPEC}\")")),
        "{sdl}"
    );
}

#[tokio::test]
async fn introspection_gives_each_scalar_its_description_and_the_typeid_spec() {
    let (schema, _) = schema();
    let query = r#"{
        run: __type(name: "RunId") { kind name description specifiedByURL }
        any: __type(name: "AnyId") { kind name description specifiedByURL }
    }"#;
    let (data, errors) = execute(&schema, query).await;
    assert_eq!(errors, Vec::<String>::new());
    let run_doc = IdType::Run.info().doc.unwrap();
    assert_eq!(
        data,
        json!({
            "run": { "kind": "SCALAR", "name": "RunId", "description": run_doc, "specifiedByURL": SPEC },
            "any": { "kind": "SCALAR", "name": "AnyId", "description": any_id_doc(), "specifiedByURL": SPEC },
        })
    );
}

const SPEC: &str = "https://github.com/jetify-com/typeid/tree/main/spec";

/// `AnyId`'s description: every canonical prefix, in manifest order.
fn any_id_doc() -> String {
    let prefixes: Vec<&str> = IdType::ALL.iter().map(|kind| kind.prefix()).collect();
    format!(
        "A TypeID of any declared kind; its prefix names the kind: {}.",
        prefixes.join(", ")
    )
}
