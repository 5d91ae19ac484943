#[id_runtime::ids("key-uppercase.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
