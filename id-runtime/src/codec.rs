//! The TypeID suffix codec: a 128-bit value as 26 lowercase Crockford base32 characters.
//!
//! The first character carries the top 3 bits (so it is `0`–`7`), each of the other 25 carries 5 bits.

/// Length of the base32 suffix of every TypeID.
pub const SUFFIX_LEN: usize = 26;

/// The TypeID alphabet: Crockford base32, lowercase, without `i`, `l`, `o`, `u`.
pub(crate) const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Marks a byte that is not in [`ALPHABET`]; every valid entry is below 32, so one OR over all entries finds it.
const INVALID: u8 = 0xFF;

/// Byte → 5-bit value, or [`INVALID`]. Built at compile time from [`ALPHABET`] so the two cannot disagree.
static DECODE: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Why a 26-byte suffix failed to decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SuffixError {
    /// The byte at this index (0-based, within the suffix) is not in the alphabet.
    InvalidByte(usize),
    /// The first character is above `7`: the value would need more than 128 bits.
    Overflow,
}

/// Encodes a 128-bit value as the 26-character TypeID suffix.
#[inline]
pub(crate) const fn encode(value: u128) -> [u8; SUFFIX_LEN] {
    let mut out = [0u8; SUFFIX_LEN];
    out[0] = ALPHABET[(value >> 125) as usize];
    let mut i = 1;
    while i < SUFFIX_LEN {
        out[i] = ALPHABET[((value >> (125 - 5 * i)) & 31) as usize];
        i += 1;
    }
    out
}

/// Decodes a 26-character TypeID suffix into its 128-bit value.
#[inline]
pub(crate) fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    let mut value: u128 = 0;
    let mut seen: u8 = 0;
    for &byte in suffix {
        let digit = DECODE[byte as usize];
        seen |= digit;
        // The first digit's two high bits shift out here; the overflow check below rejects them.
        value = (value << 5) | (digit & 31) as u128;
    }
    if seen & 0x80 != 0 {
        let index = suffix
            .iter()
            .position(|&b| DECODE[b as usize] == INVALID)
            .unwrap_or(0);
        return Err(SuffixError::InvalidByte(index));
    }
    if DECODE[suffix[0] as usize] > 7 {
        return Err(SuffixError::Overflow);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(&encode(0), b"00000000000000000000000000");
        assert_eq!(&encode(1), b"00000000000000000000000001");
        assert_eq!(&encode(u128::MAX), b"7zzzzzzzzzzzzzzzzzzzzzzzzz");
        assert_eq!(decode(b"0000000000000000000000000g"), Ok(16));
    }

    #[test]
    fn rejects_bad_bytes_and_overflow() {
        assert_eq!(
            decode(b"000000000000000000000000u0"),
            Err(SuffixError::InvalidByte(24))
        );
        assert_eq!(
            decode(b"0000000000000000000000000A"),
            Err(SuffixError::InvalidByte(25))
        );
        assert_eq!(
            decode(b"8zzzzzzzzzzzzzzzzzzzzzzzzz"),
            Err(SuffixError::Overflow)
        );
    }

    #[test]
    fn every_alphabet_character_round_trips_in_every_position() {
        for position in 1..SUFFIX_LEN {
            for (digit, _) in ALPHABET.iter().enumerate() {
                let value = (digit as u128) << (5 * (SUFFIX_LEN - 1 - position));
                assert_eq!(decode(&encode(value)), Ok(value));
            }
        }
    }
}
