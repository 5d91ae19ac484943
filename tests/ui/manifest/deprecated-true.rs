#[id_runtime::ids("deprecated-true.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
