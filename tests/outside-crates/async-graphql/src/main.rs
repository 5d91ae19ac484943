//! async-graphql without its default features: `RunId` is a scalar that takes only `run` IDs, executed on a
//! current-thread tokio runtime.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use async_graphql::{EmptyMutation, EmptySubscription, Object, Schema, value};
use ids::{AnyId, RunId, UserId};

struct Query;

#[Object]
impl Query {
    /// Who started the run, if anyone did.
    async fn started_by(&self, run: RunId) -> Option<UserId> {
        (run == RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap())
            .then(|| UserId::parse("user_01h455vb4pex5vsknk084sn02q").unwrap())
    }

    /// The canonical form of any ID: aliases come back with the canonical prefix.
    async fn canonical(&self, id: AnyId) -> AnyId {
        id
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let schema = Schema::new(Query, EmptyMutation, EmptySubscription);
    let query = r#"{
        startedBy(run: "run_01h455vb4pex5vsknk084sn02q")
        canonical(id: "tx_01h455vb4pex5vsknk084sn02q")
    }"#;
    let response = runtime.block_on(schema.execute(query));
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    assert_eq!(
        response.data,
        value!({
            "startedBy": "user_01h455vb4pex5vsknk084sn02q",
            "canonical": "txn_01h455vb4pex5vsknk084sn02q",
        })
    );

    let response = runtime.block_on(schema.execute(r#"{ startedBy(run: "user_01h455vb4pex5vsknk084sn02q") }"#));
    let message = &response.errors.first().expect("a user ID is not a RunId").message;
    assert!(message.contains("expected a `run` ID, found a `user` ID"), "{message}");

    let sdl = schema.sdl();
    assert!(sdl.contains("\"\"\"\nOne execution of a pipeline.\n\"\"\"\nscalar RunId"), "{sdl}");
    println!("async-graphql: ok");
}
