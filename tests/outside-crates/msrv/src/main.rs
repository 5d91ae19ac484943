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
    // Messages name the manifest this crate uses, not `ids.toml`.
    let bare = std::panic::catch_unwind(|| {
        TransactionId::from_static(std::hint::black_box("01890a5d-ac96-774b-bcce-b302099a8057"))
    })
    .unwrap_err();
    let bare = bare.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(bare.contains("declared at kinds.toml:5"), "{bare}");
    assert!(!bare.contains("ids.toml"), "{bare}");

    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/kinds.toml")).unwrap();
    let model = id_manifest::parse(&manifest, "kinds.toml").unwrap();
    assert_eq!(model.kinds.len(), IdType::COUNT);
    let typo = id_manifest::parse("[types.run]\nprefx = \"r\"\n", "kinds.toml").unwrap_err();
    assert!(typo.to_string().starts_with("kinds.toml:2:1: unknown key `prefx`"), "{typo}");
    println!("ok: {text} on the oldest supported Rust");
}
