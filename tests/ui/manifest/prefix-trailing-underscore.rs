#[id_runtime::ids("prefix-trailing-underscore.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
