// Under #[exhaustive], `kind @ _ =>` is a catch-all like `_` and is rejected.

#[id_runtime::ids("exhaustive-at-wildcard.toml")]
pub mod ids {}

use ids::IdType;

#[id_runtime::exhaustive]
fn describe(kind: IdType) -> String {
    match kind {
        IdType::Run => "a pipeline run".to_owned(),
        kind @ _ => format!("a {kind}"),
    }
}

fn main() {
    let _ = describe(IdType::Run);
}
