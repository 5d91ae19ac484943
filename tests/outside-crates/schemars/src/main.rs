//! schemars with its default features: each kind's schema is a string with that kind's exact pattern.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use ids::{RunId, TransactionId};

#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct Payment {
    id: TransactionId,
    run: Option<RunId>,
}

fn main() {
    let schema = serde_json::to_value(schemars::schema_for!(TransactionId)).unwrap();
    assert_eq!(schema["type"], "string");
    assert_eq!(
        schema["pattern"], "^(?:txn|tx)_[0-7][0-9a-hjkmnp-tv-z]{25}$",
        "aliases parse, so the pattern accepts them"
    );
    assert_eq!(schema["description"], "A billing transaction.");
    assert_eq!(schema["x-typeid-prefix"], "txn", "the canonical prefix; the aliases are in the pattern");
    let payment = serde_json::to_value(schemars::schema_for!(Payment)).unwrap();
    let text = payment.to_string();
    assert!(text.contains("^run_[0-7][0-9a-hjkmnp-tv-z]{25}$"), "{text}");
    println!("schemars: ok");
}
