#![deny(warnings)]

#[id_runtime::ids("keyword-kinds.toml")]
pub mod ids {}

use ids::{AnyId, FnId, IdTable, IdType, MatchId};

fn main() {
    let id = FnId::new();
    assert!(id.to_string().starts_with("fn_"));
    let any: AnyId = MatchId::new().to_string().parse().unwrap();
    assert_eq!(any.id_type(), IdType::Match);
    let table = IdTable { r#fn: 1, r#match: 2, r#async: 3, r#struct: 4 };
    assert_eq!(table.r#match + table[IdType::Async], 5);
    assert_eq!(IdType::Struct.name(), "struct");
}
