#[id_runtime::ids("doc-not-a-string.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
