#[id_runtime::ids("prefix-empty.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
