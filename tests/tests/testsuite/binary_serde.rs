//! serde in binary formats: a typed ID is its 16 raw bytes; `AnyId` stays text so the kind is not lost.

use id_tests::ids::{AnyId, RunId, UserId};
use serde::de::value::{BytesDeserializer, Error as ValueError, SeqDeserializer, StrDeserializer};
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
}

#[test]
fn json_input_that_is_not_an_id_of_the_kind_names_the_rule_it_breaks() {
    let error = |json: &str| serde_json::from_str::<RunId>(json).unwrap_err().to_string();
    // Bytes where text belongs, in a human-readable format: rejected, not misread.
    assert_eq!(
        error("[1,2,3]"),
        "invalid type: sequence, expected a `run` ID (TypeID text or 16 bytes) at line 1 column 0"
    );
    assert_eq!(
        error("\"user_01h455vb4pex5vsknk084sn02q\""),
        "wrong ID type: expected a `run` ID, found a `user` ID at line 1 column 33"
    );
    assert_eq!(
        error("\"run_81h455vb4pex5vsknk084sn02q\""),
        "the ID suffix starts with '8' at byte 4: its first character must be 0-7, larger values overflow 128 bits \
         at line 1 column 32"
    );
    assert_eq!(
        serde_json::from_str::<AnyId>("\"usr_01h455vb4pex5vsknk084sn02q\"")
            .unwrap_err()
            .to_string(),
        "unknown ID prefix `usr`; did you mean `user`? at line 1 column 32"
    );
}

#[test]
fn any_id_stays_text_in_binary_formats() {
    let any = AnyId::from(RunId::new());
    let bytes = postcard::to_allocvec(&any).unwrap();
    assert_eq!(postcard::from_bytes::<AnyId>(&bytes).unwrap(), any);
    assert!(String::from_utf8_lossy(&bytes).contains(&any.to_string()));
}

#[test]
fn binary_input_of_the_wrong_length_is_an_error_naming_the_length() {
    // postcard keeps only the kind of a deserializer's error, so its error is checked by kind...
    for length in [0, 15, 17] {
        let bytes = postcard::to_allocvec(&vec![0u8; length].as_slice()).unwrap();
        assert_eq!(
            postcard::from_bytes::<RunId>(&bytes),
            Err(postcard::Error::SerdeDeCustom),
            "{length} bytes"
        );
    }
    // ...and the message is checked through serde's own deserializers, which keep it.
    let bytes = BytesDeserializer::<ValueError>::new(&[0u8; 15]);
    assert_eq!(
        RunId::deserialize(bytes).unwrap_err().to_string(),
        "invalid length 15, expected 16 bytes"
    );
    // Formats that hand bytes over as a sequence of integers: too few, and too many.
    for (length, found) in [(15, 15), (17, 17)] {
        let seq = SeqDeserializer::<_, ValueError>::new(std::iter::repeat_n(7u8, length));
        assert_eq!(
            RunId::deserialize(seq).unwrap_err().to_string(),
            format!("invalid length {found}, expected 16 bytes"),
            "{length} integers"
        );
    }
    let seq = SeqDeserializer::<_, ValueError>::new(std::iter::repeat_n(7u8, 16));
    assert_eq!(
        RunId::deserialize(seq).unwrap().uuid().as_bytes(),
        &[7u8; 16]
    );
}

#[test]
fn binary_input_of_any_id_is_text_and_names_the_rule_it_breaks() {
    let text = StrDeserializer::<ValueError>::new("rn_01h455vb4pex5vsknk084sn02q");
    assert_eq!(
        AnyId::deserialize(text).unwrap_err().to_string(),
        "unknown ID prefix `rn`; did you mean `run`?"
    );
    let text = StrDeserializer::<ValueError>::new("run_01h455vb4pex5vsknk084sn02");
    assert_eq!(
        AnyId::deserialize(text).unwrap_err().to_string(),
        "the ID suffix must be 26 characters long, found 25 (the suffix is everything after the last `_`)"
    );
    // postcard: the same text, rejected.
    let bytes = postcard::to_allocvec("rn_01h455vb4pex5vsknk084sn02q").unwrap();
    assert_eq!(
        postcard::from_bytes::<AnyId>(&bytes),
        Err(postcard::Error::SerdeDeCustom)
    );
}
