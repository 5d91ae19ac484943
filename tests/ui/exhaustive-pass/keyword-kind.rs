// A kind whose key is a Rust keyword (`type`) is a raw identifier in fields and methods, and `id_type!` takes
// either spelling.

#[id_runtime::ids("keyword-kind.toml")]
pub mod ids {}

use ids::{IdTable, IdType, IdTypeVisitor};

struct Name;

impl IdTypeVisitor for Name {
    type Output = &'static str;

    fn user(&mut self) -> &'static str {
        "user"
    }

    fn r#type(&mut self) -> &'static str {
        "type"
    }
}

#[id_runtime::covers_all("keyword-kind.toml")]
struct Limits {
    user: u8,
    r#type: u8,
}

#[id_runtime::exhaustive]
fn is_user(kind: IdType) -> bool {
    match kind {
        IdType::User => true,
        ids::id_type!(type) => false,
    }
}

fn main() {
    let table = IdTable { user: 1, r#type: 2 };
    assert_eq!(table[ids::id_type!(r#type)], 2);
    assert_eq!(ids::id_type!(type).accept(&mut Name), "type");
    let limits = Limits { user: 1, r#type: 2 };
    assert_eq!(limits.user + limits.r#type, 3);
    assert!(!is_user(IdType::Type));
}
