#[id_runtime::ids("empty-manifest.toml")]
pub mod ids {}

fn main() {}
