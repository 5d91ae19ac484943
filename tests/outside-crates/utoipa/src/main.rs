//! utoipa with its default features: each kind's OpenAPI schema is a string with that kind's exact pattern.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use ids::{RunId, TransactionId};
use utoipa::PartialSchema;

#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct Payment {
    id: TransactionId,
    run: Option<RunId>,
}

fn main() {
    let schema = serde_json::to_value(TransactionId::schema()).unwrap();
    assert_eq!(schema["type"], "string");
    assert_eq!(schema["pattern"], "^(?:txn|tx)_[0-7][0-9a-hjkmnp-tv-z]{25}$", "aliases parse, so the pattern accepts them");
    assert_eq!(schema["x-typeid-prefix"], "txn", "the canonical prefix; the aliases are in the pattern");
    // utoipa 6 refers to each named schema from a struct, as `#/components/schemas/RunId`.
    let payment = serde_json::to_value(Payment::schema()).unwrap();
    assert_eq!(payment["properties"]["id"]["$ref"], "#/components/schemas/TransactionId", "{payment}");
    let run = serde_json::to_value(RunId::schema()).unwrap();
    assert_eq!(run["pattern"], "^run_[0-7][0-9a-hjkmnp-tv-z]{25}$");
    assert_eq!(payment["required"], serde_json::json!(["id"]), "Option<RunId> is not required");
    println!("utoipa: ok");
}
