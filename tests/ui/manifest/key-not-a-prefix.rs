#[id_runtime::ids("key-not-a-prefix.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
