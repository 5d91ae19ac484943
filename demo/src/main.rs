//! A tour of the typed IDs generated from the root `ids.toml`: `cargo run -p ids-demo`.

#![forbid(unsafe_code)]

use id_runtime::{IdBuf, ParseIdError};
use serde::{Deserialize, Serialize};

/// The application's IDs: everything in here is generated from `ids.toml`.
#[id_runtime::ids]
pub mod ids {}

use ids::{AnyId, IdType, RunId, TransactionId, UserId};

/// A record as an API would send it.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct RunStarted {
    run: RunId,
    started_by: UserId,
    subject: AnyId,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("ids.toml declares {} kinds:", IdType::COUNT);
    for kind in IdType::ALL {
        println!(
            "  {:<12} prefix {:<8} {}",
            kind.name(),
            kind.prefix(),
            kind.info().doc.unwrap_or("")
        );
    }

    let user = UserId::new();
    let run = RunId::new();
    let txn = TransactionId::new();
    println!("\nnew IDs:\n  {user}\n  {run}\n  {txn}");
    println!(
        "  {run:?} holds UUIDv{} {}",
        run.uuid().get_version_num(),
        run.uuid()
    );

    let mut buf = IdBuf::new();
    println!("  formatted into a stack buffer: {}", run.encode(&mut buf));

    let parsed = RunId::parse(&run.to_string())?;
    assert_eq!(parsed, run);
    let any: AnyId = txn.to_string().parse()?;
    println!(
        "\nparsed back: {parsed} == {run}; AnyId of {txn} is a {}",
        any.id_type()
    );

    let event = RunStarted {
        run,
        started_by: user,
        subject: any,
    };
    let json = serde_json::to_string_pretty(&event)?;
    let back: RunStarted = serde_json::from_str(&json)?;
    assert_eq!(back, event);
    println!("\nserde_json round trip:\n{json}");

    println!("\nmistakes are caught:");
    let wrong_kind: ParseIdError = RunId::parse(&user.to_string()).unwrap_err();
    println!("  RunId::parse(\"{user}\")\n    -> {wrong_kind}");
    let typo = "usr_01h455vb4pex5vsknk084sn02q";
    println!(
        "  AnyId::parse(\"{typo}\")\n    -> {}",
        AnyId::parse(typo).unwrap_err()
    );
    let bad_char = "run_01h455vb4pex5vsknk084sn0iq";
    println!(
        "  RunId::parse(\"{bad_char}\")\n    -> {}",
        RunId::parse(bad_char).unwrap_err()
    );
    Ok(())
}
