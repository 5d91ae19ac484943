//! IDs in the browser: what a full-stack crate shares between server and client, compiled for
//! wasm32-unknown-unknown and run under node (run.mjs) with no JavaScript glue at all.

#[id_runtime::ids("../../ids.toml")]
pub mod ids {}

use ids::{AnyId, IdType, RunId, TransactionId};

/// Parses, formats, serializes and dispatches IDs, and reads their creation time; returns 0 when every check holds, else the failed check's number.
#[unsafe(no_mangle)]
pub extern "C" fn check() -> u32 {
    let text = "run_01h455vb4pex5vsknk084sn02q";
    let Ok(run) = RunId::parse(text) else {
        return 1;
    };
    if run.to_string() != text {
        return 2;
    }
    if run.uuid().to_string() != "01890a5d-ac96-774b-bcce-b302099a8057" {
        return 3;
    }
    let Ok(json) = serde_json::to_string(&run) else {
        return 4;
    };
    if json != format!("\"{text}\"") || serde_json::from_str::<RunId>(&json).ok() != Some(run) {
        return 5;
    }
    match text.parse::<AnyId>() {
        Ok(AnyId::Run(parsed)) if parsed == run => {}
        _ => return 6,
    }
    // An alias parses to the canonical kind; another kind is an error naming both.
    let Ok(txn) = TransactionId::parse("tx_01h455vb4pex5vsknk084sn02q") else {
        return 7;
    };
    if txn.to_string() != "txn_01h455vb4pex5vsknk084sn02q" {
        return 8;
    }
    match RunId::parse("txn_01h455vb4pex5vsknk084sn02q") {
        Err(error)
            if error.to_string() == "wrong ID type: expected a `run` ID, found a `txn` ID" => {}
        _ => return 9,
    }
    if IdType::ALL.len() != 3 {
        return 10;
    }
    // The creation time comes from the ID, not the clock (which this target lacks): 2023-06-30T03:34:18.518Z.
    const LITERAL: RunId = RunId::from_static("run_01h455vb4pex5vsknk084sn02q");
    let millis = LITERAL
        .created_at()
        .and_then(|at| at.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|since| since.as_millis());
    if LITERAL != run || millis != Some(1_688_096_058_518) {
        return 11;
    }
    0
}

/// A fresh `RunId`'s text length and whether it parses back (1 = yes): `new()` with `wasm-js`.
#[cfg(feature = "generate")]
#[unsafe(no_mangle)]
pub extern "C" fn generate() -> u32 {
    let run = RunId::new();
    let text = run.to_string();
    let later = RunId::new();
    u32::from(RunId::parse(&text).ok() == Some(run) && later > run) * 1000 + text.len() as u32
}

/// Must not compile: `new()` without a random source.
#[cfg(all(feature = "call-new", not(feature = "generate")))]
pub fn new_without_wasm_js() -> RunId {
    RunId::new()
}
