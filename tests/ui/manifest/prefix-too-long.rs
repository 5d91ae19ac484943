#[id_runtime::ids("prefix-too-long.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
