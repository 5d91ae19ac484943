#[id_runtime::ids("unknown-key.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
