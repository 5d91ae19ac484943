#[id_runtime::ids("toml-syntax-error.toml")]
pub mod ids {}

fn main() {}
