// Under #[exhaustive], `_ =>` in a match on `IdType` is rejected.

#[id_runtime::ids("exhaustive-wildcard.toml")]
pub mod ids {}

use ids::IdType;

#[id_runtime::exhaustive]
fn retention_days(kind: IdType) -> u32 {
    match kind {
        IdType::Run => 30,
        _ => 365,
    }
}

fn main() {
    let _ = retention_days(IdType::Run);
}
