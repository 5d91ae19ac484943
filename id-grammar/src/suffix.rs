//! The suffix: 26 characters of lowercase Crockford base32 holding 128 bits.

/// Length of the base32 suffix of every TypeID.
pub const SUFFIX_LEN: usize = 26;

/// The suffix alphabet: Crockford base32, lowercase, without `i`, `l`, `o`, `u`. Character `n` has the value `n`'s
/// index here.
pub const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The largest first suffix character: it carries the top 3 bits of 128 (26 × 5 = 130), so `8` and above would
/// overflow.
pub const MAX_FIRST_SUFFIX_CHAR: u8 = b'7';

/// The suffix as a regular expression in the syntax that JSON Schema (ECMA 262), Rust's `regex`, Python's `re`,
/// JavaScript and PostgreSQL share; unanchored.
///
/// ```
/// assert_eq!(id_grammar::SUFFIX_PATTERN, "[0-7][0-9a-hjkmnp-tv-z]{25}");
/// ```
pub const SUFFIX_PATTERN: &str = "[0-7][0-9a-hjkmnp-tv-z]{25}";

#[cfg(test)]
mod tests {
    use super::*;

    /// The pattern's classes are the alphabet, written as ranges.
    #[test]
    fn the_pattern_is_the_alphabet() {
        let in_rest = |c: u8| matches!(c, b'0'..=b'9' | b'a'..=b'h' | b'j' | b'k' | b'm' | b'n' | b'p'..=b't' | b'v'..=b'z');
        for byte in 0..=u8::MAX {
            assert_eq!(in_rest(byte), ALPHABET.contains(&byte), "{byte}");
        }
        assert_eq!(ALPHABET[7], MAX_FIRST_SUFFIX_CHAR);
        assert!(SUFFIX_PATTERN.starts_with("[0-7]") && SUFFIX_PATTERN.ends_with("{25}"));
        assert_eq!(5 * (SUFFIX_LEN - 1) + 3, 128);
        assert_eq!(crate::MAX_ID_LEN, 90);
    }
}
