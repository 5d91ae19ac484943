#[id_runtime::ids("alias-is-own-prefix.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
