use super::*;

const RUN: IdInfo = IdInfo::new("run", "run", "ids.toml:1");
const TRANSACTION: IdInfo = IdInfo::new("transaction", "txn", "ids.toml:2").with_aliases(&["tx"]);
const USER: IdInfo = IdInfo::new("user", "user", "ids.toml:3").with_accept_uuid(true);

const SUFFIX: &str = "01h455vb4pex5vsknk084sn02q";
const VALUE: u128 = 0x01890a5d_ac96_774b_bcce_b302099a8057;

fn message(input: &str, info: &IdInfo) -> String {
    error_message(input, info).unwrap_or_else(|| panic!("{input:?} was accepted"))
}

#[test]
fn valid_literals_give_their_uuid_at_compile_time() {
    const RUN_ID: Uuid = from_static("run_01h455vb4pex5vsknk084sn02q", &RUN);
    const BY_ALIAS: Uuid = from_static("tx_01h455vb4pex5vsknk084sn02q", &TRANSACTION);
    const BARE: Uuid = from_static("01890a5d-ac96-774b-bcce-b302099a8057", &USER);
    const SIMPLE_UPPER: Uuid = from_static("01890A5DAC96774BBCCEB302099A8057", &USER);
    for uuid in [RUN_ID, BY_ALIAS, BARE, SIMPLE_UPPER] {
        assert_eq!(uuid.as_u128(), VALUE);
    }
    assert_eq!(
        parse_literal("txn_7zzzzzzzzzzzzzzzzzzzzzzzzz", &TRANSACTION),
        Ok(Uuid::max())
    );
}

#[test]
fn every_rule_has_its_own_message() {
    let cases = [
        ("", &RUN, "an empty string is not an ID"),
        (
            "_01h455vb4pex5vsknk084sn02q",
            &RUN,
            "invalid ID prefix: the prefix before `_` is empty (an ID without a prefix has no `_`)",
        ),
        (
            "rUn_01h455vb4pex5vsknk084sn02q",
            &RUN,
            "invalid character `U` at position 1 in the prefix: prefixes are lowercase",
        ),
        (
            "r-n_01h455vb4pex5vsknk084sn02q",
            &RUN,
            "invalid character `-` at position 1 in the prefix: prefixes use only lowercase ASCII letters and `_`",
        ),
        (
            "_run_01h455vb4pex5vsknk084sn02q",
            &RUN,
            "invalid ID prefix: the prefix starts with `_`",
        ),
        (
            "run__01h455vb4pex5vsknk084sn02q",
            &RUN,
            "invalid ID prefix: the prefix ends with `_`",
        ),
        (
            "run_",
            &RUN,
            "the ID has no suffix: expected 26 base32 characters after the last `_`",
        ),
        (
            "run_01h455vb4pex5vsknk084sn02",
            &RUN,
            "the ID suffix must be 26 characters long, found 25 (the suffix is everything after the last `_`)",
        ),
        (
            "run_01h455vB4pex5vsknk084sn02q",
            &RUN,
            "invalid character `B` at position 11: IDs are lowercase",
        ),
        (
            "run_01h455vb4pex5vsknk084snuq",
            &RUN,
            "the ID suffix must be 26 characters long, found 25 (the suffix is everything after the last `_`)",
        ),
        (
            "run_01h455vb4pex5vsknk084snu2q",
            &RUN,
            "invalid character `u` at position 27: the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)",
        ),
        (
            "run_01h455vb4pex5vsknk084sné2q",
            &RUN,
            "the ID suffix must be 26 characters long, found 27 (the suffix is everything after the last `_`)",
        ),
        (
            "run_01h455vb4pex5vsknk084s\n02q",
            &RUN,
            "invalid character U+000A at position 26: the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)",
        ),
        (
            "run_81h455vb4pex5vsknk084sn02q",
            &RUN,
            "the first suffix character must be 0-7, found `8` at position 4: larger values overflow 128 bits",
        ),
        (
            "txn_01h455vb4pex5vsknk084sn02q",
            &RUN,
            "wrong ID type: expected a `run` ID, found a `txn` ID",
        ),
        (
            "01h455vb4pex5vsknk084sn02q",
            &RUN,
            "wrong ID type: expected a `run` ID, found an ID without prefix",
        ),
        (
            "01890a5d-ac96-774b-bcce-b302099a8057",
            &RUN,
            "a bare UUID is not a `run` ID: the kind, declared at ids.toml:1, does not set `accept_uuid = true`; write the TypeID `run_…`",
        ),
        (
            "user_01h455vb4pex5vsknk084sn02q",
            &TRANSACTION,
            "wrong ID type: expected a `transaction` ID (`txn_…`), found a `user` ID",
        ),
    ];
    for (input, info, expected) in cases {
        assert_eq!(message(input, info), expected, "{input:?}");
    }
    let long = format!("{}_{SUFFIX}", "a".repeat(64));
    assert_eq!(
        message(&long, &RUN),
        "invalid ID prefix: the prefix is 64 characters long; at most 63 are allowed"
    );
}

/// The longest prefix, as the `&'static str` an `IdInfo` holds (a leaked `String` would be a leak under Miri).
const LONGEST_PREFIX: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[test]
fn the_longest_messages_fit() {
    let expected = LONGEST_PREFIX;
    assert_eq!(expected.len(), 63);
    let info = IdInfo::new("a", "b", "ids.toml:1");
    let found = "z".repeat(63);
    let text = message(&format!("{found}_{SUFFIX}"), &info);
    assert!(text.ends_with(&format!("found a `{found}` ID")), "{text}");
    let info = IdInfo::new("a", expected, "ids.toml:1");
    let text = message(&format!("{found}_{SUFFIX}"), &info);
    assert_eq!(
        text,
        format!("wrong ID type: expected a `a` ID (`{expected}_…`), found a `{found}` ID")
    );
}

#[test]
#[should_panic(expected = "wrong ID type: expected a `run` ID, found a `txn` ID")]
fn at_run_time_an_invalid_literal_panics_with_the_rule() {
    // Through `black_box`, so that the call is surely made at run time.
    from_static(std::hint::black_box("txn_01h455vb4pex5vsknk084sn02q"), &RUN);
}
