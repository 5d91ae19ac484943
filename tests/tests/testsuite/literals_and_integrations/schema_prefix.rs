//! `x-typeid-prefix` in the schemars and utoipa schemas: the canonical prefix, also for a kind with aliases.

use id_tests::ids::{RunId, TransactionId};
use serde_json::Value;
use utoipa::PartialSchema;

use super::migration;

fn json_schema<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

fn openapi<T: PartialSchema>() -> Value {
    serde_json::to_value(T::schema()).unwrap()
}

#[test]
fn schemas_name_the_canonical_prefix_next_to_the_pattern() {
    for (schema, prefix) in [
        (json_schema::<RunId>(), "run"),
        (json_schema::<TransactionId>(), "txn"),
        (json_schema::<migration::UserId>(), "user"),
        (openapi::<RunId>(), "run"),
        (openapi::<TransactionId>(), "txn"),
        (openapi::<migration::UserId>(), "user"),
    ] {
        assert_eq!(schema["x-typeid-prefix"], prefix, "{schema}");
        let pattern = schema["pattern"].as_str().unwrap();
        assert!(pattern.contains(prefix), "{pattern}");
    }
    // The aliases stay in the pattern only: they are read, never written.
    let user = json_schema::<migration::UserId>();
    assert!(
        user["pattern"].as_str().unwrap().contains("usr|account"),
        "{user}"
    );
}

#[test]
fn a_struct_holding_ids_keeps_the_prefix_in_each_definition() {
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct Payment {
        id: TransactionId,
        run: Option<RunId>,
    }
    let schema = json_schema::<Payment>();
    assert_eq!(schema["$defs"]["TransactionId"]["x-typeid-prefix"], "txn");
    assert_eq!(schema["$defs"]["RunId"]["x-typeid-prefix"], "run");
}
