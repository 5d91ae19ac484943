#[id_runtime::ids("key-hyphen.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
