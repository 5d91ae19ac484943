#[id_runtime::ids("empty-types.toml")]
pub mod ids {}

fn main() {}
