#[id_runtime::ids("three-mistakes.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
