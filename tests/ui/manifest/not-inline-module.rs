#[id_runtime::ids("not-inline-module.toml")]
pub mod ids;

fn main() {}
