// An uppercase letter in the prefix.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("Run_01h455vb4pex5vsknk084sn02q");

fn main() {}
