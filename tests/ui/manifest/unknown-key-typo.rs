#[id_runtime::ids("unknown-key-typo.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
