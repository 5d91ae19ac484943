#[id_runtime::ids("alias-invalid.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
