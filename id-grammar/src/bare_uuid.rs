//! Bare UUIDs: what the typed parse of a kind with `accept_uuid = true` takes besides TypeIDs.

/// The value of a UUID written in its hyphenated (`01890a5d-ac96-774b-bcce-b302099a8057`, 36 characters) or simple
/// (32 hex digits) form, in either case; `None` for any other text, braced and URN forms included.
///
/// ```
/// use id_grammar::parse_bare_uuid;
/// let value = 0x01890a5d_ac96_774b_bcce_b302099a8057;
/// assert_eq!(parse_bare_uuid("01890A5DAC96774BBCCEB302099A8057"), Some(value));
/// assert_eq!(parse_bare_uuid("{01890a5d-ac96-774b-bcce-b302099a8057}"), None);
/// ```
pub const fn parse_bare_uuid(text: &str) -> Option<u128> {
    let bytes = text.as_bytes();
    let hyphenated = match bytes.len() {
        32 => false,
        36 => true,
        _ => return None,
    };
    let mut value: u128 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if hyphenated && (i == 8 || i == 13 || i == 18 || i == 23) {
            if byte != b'-' {
                return None;
            }
        } else {
            let digit = match byte {
                b'0'..=b'9' => byte - b'0',
                b'a'..=b'f' => byte - b'a' + 10,
                b'A'..=b'F' => byte - b'A' + 10,
                _ => return None,
            };
            value = (value << 4) | digit as u128;
        }
        i += 1;
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_two_forms_in_either_case() {
        let value = 0x01890a5d_ac96_774b_bcce_b302099a8057;
        for text in [
            "01890a5d-ac96-774b-bcce-b302099a8057",
            "01890A5D-AC96-774B-BCCE-B302099A8057",
            "01890a5dac96774bbcceb302099a8057",
            "01890a5dAC96774bbcceb302099a8057",
        ] {
            assert_eq!(parse_bare_uuid(text), Some(value), "{text}");
        }
        assert_eq!(
            parse_bare_uuid("ffffffff-ffff-ffff-ffff-ffffffffffff"),
            Some(u128::MAX)
        );
        assert_eq!(parse_bare_uuid("00000000000000000000000000000000"), Some(0));
    }

    #[test]
    fn rejects_everything_else() {
        for text in [
            "",
            "01890a5d-ac96-774b-bcce-b302099a805",   // 35
            "01890a5d-ac96-774b-bcce-b302099a80577", // 37
            "01890a5dac96774bbcceb302099a805",       // 31
            "01890a5d_ac96_774b_bcce_b302099a8057",  // wrong separator
            "01890a5dac96-774b-bcce-b302099a8057-",  // hyphens misplaced
            "01890a5g-ac96-774b-bcce-b302099a8057",  // not hex
            "01890a5dac96774bbcceb302099a805g",
            "{01890a5d-ac96-774b-bcce-b302099a8057}",
            "urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057",
            "run_01h455vb4pex5vsknk084sn02q",
            "+1890a5dac96774bbcceb302099a8057",
        ] {
            assert_eq!(parse_bare_uuid(text), None, "{text}");
        }
    }
}
