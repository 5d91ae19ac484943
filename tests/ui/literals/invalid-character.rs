// A character outside Crockford base32 (l, i, o, u are left out).

#[id_runtime::ids("ids.toml")]
pub mod ids {}

const RUN: ids::RunId = ids::RunId::from_static("run_01h455vb4pex5vsknk084sn0lq");

fn main() {}
