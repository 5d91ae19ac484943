#[id_runtime::ids("invalid-utf8.toml")]
pub mod ids {}

fn main() {}
