#[id_runtime::ids("deep-nesting.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
