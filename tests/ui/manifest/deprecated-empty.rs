#[id_runtime::ids("deprecated-empty.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
