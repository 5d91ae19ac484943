//! `RunId::from_static`: a literal checked at compile time, usable in `const`, `static` and patterns.

use id_runtime::TypedId;
use id_tests::ids::{AnyId, RunId, TransactionId};

use super::migration;

const RUN: RunId = RunId::from_static("run_01h455vb4pex5vsknk084sn02q");
static TRANSACTION: TransactionId = TransactionId::from_static("txn_7zzzzzzzzzzzzzzzzzzzzzzzzz");
// The migration manifest's `user` kind has the aliases `usr` and `account` and accepts bare UUIDs.
const BY_ALIAS: migration::UserId =
    migration::UserId::from_static("usr_01h455vb4pex5vsknk084sn02q");
const BARE: migration::UserId =
    migration::UserId::from_static("01890a5d-ac96-774b-bcce-b302099a8057");
const BARE_SIMPLE: migration::UserId =
    migration::UserId::from_static("01890A5DAC96774BBCCEB302099A8057");

/// The UUID of the TypeID spec's example, `01h455vb4pex5vsknk084sn02q`.
const SPEC_UUID: u128 = 0x01890a5d_ac96_774b_bcce_b302099a8057;

#[test]
fn literals_are_the_ids_parse_gives() {
    assert_eq!(RUN, RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap());
    assert_eq!(RUN.uuid().as_u128(), SPEC_UUID);
    assert_eq!(TRANSACTION.uuid().as_u128(), u128::MAX);
    for id in [BY_ALIAS, BARE, BARE_SIMPLE] {
        assert_eq!(id.uuid().as_u128(), SPEC_UUID);
        assert_eq!(id.to_string(), "user_01h455vb4pex5vsknk084sn02q");
    }
}

#[test]
fn a_literal_is_a_pattern() {
    let describe = |id: RunId| match id {
        RUN => "the spec's example",
        _ => "another run",
    };
    assert_eq!(
        describe(RunId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap()),
        "the spec's example"
    );
    assert_eq!(
        describe(RunId::from_uuid(id_runtime::Uuid::nil())),
        "another run"
    );
}

#[test]
fn an_inline_const_block_checks_a_literal_in_expression_position() {
    let any = AnyId::from(const { RunId::from_static("run_00000000000000000000000001") });
    assert_eq!(any.uuid().as_u128(), 1);
}

#[test]
#[should_panic(expected = "wrong ID type: expected a `run` ID, found a `txn` ID")]
fn outside_a_const_an_invalid_literal_panics_naming_the_rule() {
    let text: &'static str = String::from("txn_01h455vb4pex5vsknk084sn02q").leak();
    let _ = RunId::from_static(text);
}

/// The message of each rule, through the kinds the macro generates (their `INFO` as `from_static` reads it).
#[test]
fn generated_kinds_report_their_own_prefix_and_accept_uuid() {
    let message = |input: &str, info| id_runtime::__private::literal_error_message(input, info);
    assert_eq!(message("run_01h455vb4pex5vsknk084sn02q", RunId::INFO), None);
    assert_eq!(
        message("tx_01h455vb4pex5vsknk084sn02q", TransactionId::INFO).as_deref(),
        Some("wrong ID type: expected a `transaction` ID (`txn_…`), found a `tx` ID"),
        "the root manifest's transaction has no alias"
    );
    assert_eq!(
        message(
            "01890a5d-ac96-774b-bcce-b302099a8057",
            migration::SessionId::INFO
        )
        .as_deref(),
        Some(
            "a bare UUID is not a `session` ID: the kind, declared at ../../../fixtures/migration.toml:15, does \
             not set `accept_uuid = true`; write the TypeID `session_…`"
        )
    );
    assert_eq!(
        message(
            "account_01h455vb4pex5vsknk084sn0Uq",
            migration::UserId::INFO
        )
        .as_deref(),
        Some("invalid character `U` at position 32: IDs are lowercase")
    );
}
