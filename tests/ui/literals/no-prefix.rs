// A suffix alone is an ID without prefix, not a `run` ID.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("01h455vb4pex5vsknk084sn02q");

fn main() {}
