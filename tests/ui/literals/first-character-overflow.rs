// The first suffix character carries 3 bits: above 7 the value needs more than 128.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("run_81h455vb4pex5vsknk084sn02q");

fn main() {}
