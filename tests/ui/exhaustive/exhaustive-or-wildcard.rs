// Under #[exhaustive], an or-pattern with a `_` alternative is a catch-all; the error points at the `_`.

#[id_runtime::ids("exhaustive-or-wildcard.toml")]
pub mod ids {}

use ids::IdType;

#[id_runtime::exhaustive]
fn is_billable(kind: IdType) -> bool {
    match kind {
        IdType::User => false,
        IdType::Run | _ => true,
    }
}

fn main() {
    let _ = is_billable(IdType::Run);
}
