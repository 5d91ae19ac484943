#[id_runtime::ids("uuid-uppercase.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
