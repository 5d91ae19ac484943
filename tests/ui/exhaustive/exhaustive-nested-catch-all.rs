// Under #[exhaustive], an arm that matches every kind where the arms name kinds is a catch-all, however nested:
// `Some(_)` where the kind sits in `Some`, and `(other, true)` where it sits first in a tuple.

#[id_runtime::ids("exhaustive-nested-catch-all.toml")]
pub mod ids {}

use ids::{AnyId, IdType};

#[id_runtime::exhaustive]
fn owner(id: Option<AnyId>) -> &'static str {
    match id {
        Some(AnyId::Run(_)) => "pipelines",
        Some(_) => "accounts",
        None => "nobody",
    }
}

#[id_runtime::exhaustive]
fn retention_days(kind: IdType, legal_hold: bool) -> u32 {
    match (kind, legal_hold) {
        (IdType::Run, false) => 30,
        (other, true) => other.name().len() as u32 * 1000,
        (IdType::User | IdType::Session, false) => 365,
    }
}

fn main() {
    let _ = owner(None);
    let _ = retention_days(IdType::Run, false);
}
