#[id_runtime::ids("unknown-top-level-key.toml")]
pub mod ids {}

fn main() {}
