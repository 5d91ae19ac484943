// A suffix of 25 characters.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("run_01h455vb4pex5vsknk084sn02");

fn main() {}
