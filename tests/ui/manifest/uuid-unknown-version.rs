#[id_runtime::ids("uuid-unknown-version.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
