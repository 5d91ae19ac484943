#[id_runtime::ids("prefix-digit.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
