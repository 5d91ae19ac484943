//! The typed parser's shortcuts, from outside: what the canonical shape (`prefix_` + 26 characters) decides before
//! the general parser, which follows the spec step by step, sees the input.

use id_runtime::{InlineStr, ParseIdError, TypedId};
use id_tests::ids::{RunId, TransactionId};

/// Suffixes of 26 characters that do not decode: a character outside the alphabet at the end, in the middle and at
/// the start, an uppercase letter, an overflowing first character.
const BAD_SUFFIXES: [&str; 5] = [
    "0000000000000000000000000u",
    "0000000000000!000000000000",
    "i0000000000000000000000000",
    "01H455VB4PEX5VSKNK084SN02Q",
    "8zzzzzzzzzzzzzzzzzzzzzzzzz",
];

/// Another kind's ID is named as such as soon as its prefix is read: its suffix is checked for its length only, so
/// a bad character or an overflow in it does not change the error. Prefixes of up to 8 bytes, of 9 to 16 and longer
/// take three different paths to the same error.
#[test]
fn another_kinds_id_is_wrong_type_whatever_its_suffix_holds() {
    for prefix in [
        "txn",
        "a",
        "abcdefgh",
        "account_channel",
        "a_prefix_of_twenty_five_b",
    ] {
        for suffix in BAD_SUFFIXES
            .iter()
            .chain(["01h455vb4pex5vsknk084sn02q"].iter())
        {
            let text = format!("{prefix}_{suffix}");
            assert_eq!(
                RunId::parse(&text),
                Err(ParseIdError::WrongType {
                    expected: RunId::INFO,
                    found: InlineStr::new(prefix)
                }),
                "{text}"
            );
        }
    }
    // The same for a kind whose prefix differs from its name.
    assert_eq!(
        TransactionId::parse("run_0000000000000000000000000u"),
        Err(ParseIdError::WrongType {
            expected: TransactionId::INFO,
            found: InlineStr::new("run")
        })
    );
}

/// The kind's own prefix with a bad suffix: the rule and the position, counted in the whole input.
#[test]
fn the_own_kinds_bad_suffix_names_the_rule_and_position() {
    let expected = [
        ParseIdError::InvalidChar {
            found: 'u',
            position: 29,
        },
        ParseIdError::InvalidChar {
            found: '!',
            position: 17,
        },
        ParseIdError::InvalidChar {
            found: 'i',
            position: 4,
        },
        ParseIdError::InvalidChar {
            found: 'H',
            position: 6,
        },
        ParseIdError::Overflow {
            found: '8',
            position: 4,
        },
    ];
    for (suffix, expected) in BAD_SUFFIXES.iter().zip(expected) {
        let text = format!("run_{suffix}");
        assert_eq!(RunId::parse(&text), Err(expected), "{text}");
    }
}

/// A character outside ASCII in the suffix is reported whole, at its first byte: here 24 ASCII characters and a
/// two-byte `é`, 26 bytes, the canonical shape.
#[test]
fn a_non_ascii_character_in_the_suffix_is_reported_whole() {
    for index in [0, 12, 24] {
        let suffix = format!("{}é{}", "0".repeat(index), "0".repeat(24 - index));
        let text = format!("run_{suffix}");
        assert_eq!(
            RunId::parse(&text),
            Err(ParseIdError::InvalidChar {
                found: 'é',
                position: 4 + index
            }),
            "{text}"
        );
    }
}
