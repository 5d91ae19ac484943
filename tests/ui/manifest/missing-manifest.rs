#[id_runtime::ids("missing.toml")]
pub mod ids {}

fn main() {}
