// The alias of another kind is that kind's ID, not this one's.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("tx_01h455vb4pex5vsknk084sn02q");

fn main() {}
