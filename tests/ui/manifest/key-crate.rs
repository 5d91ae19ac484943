#[id_runtime::ids("key-crate.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
