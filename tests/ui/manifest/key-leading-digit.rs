#[id_runtime::ids("key-leading-digit.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
