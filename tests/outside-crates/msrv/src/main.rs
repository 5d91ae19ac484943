//! A user's crate on the oldest Rust the published crates claim: the macro finds a manifest relative to this file
//! (without `Span::local_file`, which that Rust lacks), and the runtime parses, formats, generates and explains.

#[id_runtime::ids("kinds.toml")]
pub mod ids {}

use ids::{AnyId, IdType, TransactionId, UserId};

fn main() {
    let txn = TransactionId::new();
    let text = txn.to_string();
    assert!(text.starts_with("txn_"), "{text}");
    assert_eq!(TransactionId::try_from(text.as_str()), Ok(txn));
    assert_eq!(text.parse::<AnyId>().map(AnyId::id_type), Ok(IdType::Transaction));
    let old = format!("tx_{}", &text[4..]);
    assert_eq!(TransactionId::parse(&old), Ok(txn), "aliases parse");
    let wrong = UserId::parse(&text).unwrap_err();
    assert!(wrong.to_string().contains("user"), "{wrong}");
    let explained = id_runtime::explain::<IdType>(&text).unwrap();
    assert_eq!(explained.info.declared_at, "kinds.toml:5");

    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/kinds.toml")).unwrap();
    let model = id_manifest::parse(&manifest, "kinds.toml").unwrap();
    assert_eq!(model.kinds.len(), IdType::COUNT);
    let typo = id_manifest::parse("[types.run]\nprefx = \"r\"\n", "kinds.toml").unwrap_err();
    assert!(typo.to_string().starts_with("kinds.toml:2:1: unknown key `prefx`"), "{typo}");
    println!("ok: {text} on the oldest supported Rust");
}
