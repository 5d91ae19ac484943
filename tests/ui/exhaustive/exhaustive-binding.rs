// Under #[exhaustive], a bare binding such as `other =>` in a match on `IdType` is rejected.

#[id_runtime::ids("exhaustive-binding.toml")]
pub mod ids {}

use ids::IdType;

#[id_runtime::exhaustive]
fn describe(kind: IdType) -> String {
    match kind {
        IdType::Run => "a pipeline run".to_owned(),
        other => format!("a {other}"),
    }
}

fn main() {
    let _ = describe(IdType::Run);
}
