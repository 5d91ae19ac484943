//! serde in binary formats: a typed ID is its 16 raw bytes; `AnyId` stays text so the kind is not lost.

use id_tests::ids::{AnyId, RunId, UserId};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize, PartialEq, Debug)]
struct Row {
    run: RunId,
    user: UserId,
}

#[test]
fn postcard_writes_16_bytes_per_typed_id() {
    let run = RunId::new();
    let bytes = postcard::to_allocvec(&run).unwrap();
    // postcard writes a length (one byte) before the bytes.
    assert_eq!(bytes.len(), 17);
    assert_eq!(&bytes[1..], run.uuid().as_bytes());
    assert_eq!(postcard::from_bytes::<RunId>(&bytes).unwrap(), run);

    let row = Row {
        run,
        user: UserId::new(),
    };
    let bytes = postcard::to_allocvec(&row).unwrap();
    assert_eq!(bytes.len(), 34);
    assert_eq!(postcard::from_bytes::<Row>(&bytes).unwrap(), row);
}

#[test]
fn json_writes_the_typeid_text() {
    let run = RunId::new();
    assert_eq!(serde_json::to_string(&run).unwrap(), format!("\"{run}\""));
    // A human-readable format with bytes where text belongs is still rejected, not misread.
    assert!(serde_json::from_str::<RunId>("[1,2,3]").is_err());
}

#[test]
fn any_id_stays_text_in_binary_formats() {
    let any = AnyId::from(RunId::new());
    let bytes = postcard::to_allocvec(&any).unwrap();
    assert_eq!(postcard::from_bytes::<AnyId>(&bytes).unwrap(), any);
    assert!(String::from_utf8_lossy(&bytes).contains(&any.to_string()));
}

#[test]
fn binary_input_of_the_wrong_length_is_an_error() {
    let bytes = postcard::to_allocvec(&[0u8; 15].as_slice()).unwrap();
    let error = postcard::from_bytes::<RunId>(&bytes).unwrap_err();
    assert!(!error.to_string().is_empty());
}
