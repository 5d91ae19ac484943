#[id_runtime::ids("duplicate-prefix.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
