// A separator with no prefix before it.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("_01h455vb4pex5vsknk084sn02q");

fn main() {}
