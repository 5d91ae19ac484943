// A prefix ending with `_` (the split is on the last `_`).

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("run__01h455vb4pex5vsknk084sn02q");

fn main() {}
