#[id_runtime::ids("prefix-leading-underscore.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
