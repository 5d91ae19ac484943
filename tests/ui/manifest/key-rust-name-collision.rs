#[id_runtime::ids("key-rust-name-collision.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
