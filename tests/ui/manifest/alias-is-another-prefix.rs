#[id_runtime::ids("alias-is-another-prefix.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
