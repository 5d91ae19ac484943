// Every literal `parse` accepts compiles: the canonical prefix, an alias, bare UUIDs where the manifest accepts them;
// in a `const`, a `static`, a `const` block and a pattern.

#[id_runtime::ids("ids.toml")]
pub mod ids {}

use ids::{AnyId, RunId, TransactionId, UserId};

const RUN: RunId = RunId::from_static("run_01h455vb4pex5vsknk084sn02q");
static BY_ALIAS: TransactionId = TransactionId::from_static("tx_01h455vb4pex5vsknk084sn02q");
const BARE: UserId = UserId::from_static("01890a5d-ac96-774b-bcce-b302099a8057");
const BARE_SIMPLE: UserId = UserId::from_static("01890A5DAC96774BBCCEB302099A8057");

fn main() {
    let spec = 0x01890a5d_ac96_774b_bcce_b302099a8057_u128;
    assert_eq!(RUN.uuid().as_u128(), spec);
    assert_eq!(BY_ALIAS.to_string(), "txn_01h455vb4pex5vsknk084sn02q");
    assert_eq!(BARE, BARE_SIMPLE);
    assert_eq!(BARE.to_string(), "user_01h455vb4pex5vsknk084sn02q");
    let any = AnyId::from(const { RunId::from_static("run_7zzzzzzzzzzzzzzzzzzzzzzzzz") });
    assert_eq!(any.uuid().as_u128(), u128::MAX);
    match RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap() {
        RUN => {}
        other => panic!("{other} is not the literal"),
    }
}
