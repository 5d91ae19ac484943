// TypeIDs are lowercase; also in a static.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

static TRANSACTION: ids::TransactionId = ids::TransactionId::from_static("txn_01H455vb4pex5vsknk084sn02q");

fn main() {}
