#[id_runtime::ids("key-self.toml")]
pub mod ids {}

fn main() {
    let _ = ids::UserId::new();
}
