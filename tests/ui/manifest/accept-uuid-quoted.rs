#[id_runtime::ids("accept-uuid-quoted.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
