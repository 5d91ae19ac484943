// An ID of another kind: the kinds expected and found.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("txn_01h455vb4pex5vsknk084sn02q");

fn main() {}
