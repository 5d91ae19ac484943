#[id_runtime::ids("prefix-uppercase.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
