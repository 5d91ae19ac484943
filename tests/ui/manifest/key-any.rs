#[id_runtime::ids("key-any.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
