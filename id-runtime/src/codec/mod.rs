//! The TypeID suffix codec: a 128-bit value as 26 lowercase Crockford base32 characters.
//!
//! The first character carries the top 3 bits (so it is `0`–`7`), each of the other 25 carries 5 bits.
//!
//! Here: the scalar decoder and encoder (the encoder and a decoder also as `const fn`, for literals). Beside it,
//! the two pieces that skip checks for speed, each in a module that exists for its `unsafe`: `sse2.rs` (x86-64's
//! decoder) and `text.rs` (an ID's text written without UTF-8 validation).

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2;
mod text;

pub(crate) use text::write_id;

pub(crate) use id_grammar::{ALPHABET, SUFFIX_LEN};

/// Marks a byte that is not in [`ALPHABET`]; every valid entry is below 32, so one OR over all entries finds it.
const INVALID: u8 = 0xFF;

/// Byte → 5-bit value, or [`INVALID`]. Built at compile time from [`ALPHABET`] so the two cannot disagree.
pub(crate) static DECODE: [u8; 256] = {
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
#[cfg(test)]
pub(crate) const fn encode(value: u128) -> [u8; SUFFIX_LEN] {
    let mut out = [0u8; SUFFIX_LEN];
    encode_into(value, &mut out);
    out
}

/// Writes the 26-character TypeID suffix of a 128-bit value into `out`.
///
/// Works on the two 64-bit halves, so every character is one shift and one mask of a register rather than a
/// two-register 128-bit shift. Character 13 is the only one that straddles the halves. Inlined, so the characters
/// go straight into the caller's buffer (a call cost "format into a stack buffer" about a fifth).
#[inline]
pub(crate) const fn encode_into(value: u128, out: &mut [u8; SUFFIX_LEN]) {
    let hi = (value >> 64) as u64;
    let lo = value as u64;
    // Characters 0..=12 hold bits 127..65: in `hi`, character i starts at bit 61 - 5i.
    let mut i = 0;
    while i < 13 {
        out[i] = ALPHABET[((hi >> (61 - 5 * i)) & 31) as usize];
        i += 1;
    }
    out[13] = ALPHABET[(((hi & 1) << 4) | (lo >> 60)) as usize];
    // Characters 14..=25 hold bits 59..0: in `lo`, character i starts at bit 125 - 5i.
    let mut i = 14;
    while i < SUFFIX_LEN {
        out[i] = ALPHABET[((lo >> (125 - 5 * i)) & 31) as usize];
        i += 1;
    }
}

/// Decodes a 26-character TypeID suffix into its 128-bit value: SSE2 where the build has it, else
/// [`decode_scalar`]. The one entry point of the parsers.
#[inline(always)]
pub(crate) fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        sse2::decode(suffix)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        decode_scalar(suffix)
    }
}

/// Decodes a 26-character TypeID suffix into its 128-bit value, in portable code.
///
/// One table lookup per character, folded into two independent 64-bit accumulators (characters 0..13 and 14..26,
/// with character 13 split between them), and one branch for validity: every invalid byte maps to 0xFF, so one OR
/// over all digits tells whether any was invalid, and the first digit's bits 3 and 4 whether it was above 7.
#[cfg_attr(
    not(all(target_arch = "x86_64", target_feature = "sse2")),
    inline(always)
)]
#[cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
    allow(
        dead_code,
        reason = "x86-64 decodes with SSE2; this is the reference its tests compare with"
    )
)]
pub(crate) fn decode_scalar(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    let digit = |i: usize| u64::from(DECODE[suffix[i] as usize]);
    let mut seen = 0;
    // An invalid digit (0xFF) spills into neighbouring bits here; the value is then never returned.
    let mut hi = 0;
    for i in 0..13 {
        let d = digit(i);
        seen |= d;
        hi = (hi << 5) | d;
    }
    let mut lo = 0;
    for i in 14..SUFFIX_LEN {
        let d = digit(i);
        seen |= d;
        lo = (lo << 5) | d;
    }
    let middle = digit(13);
    seen |= middle;
    if (seen & 0x80) | (digit(0) & 0x18) != 0 {
        return Err(suffix_error(suffix));
    }
    // `hi` holds 3 + 12 × 5 = 63 bits; the middle digit gives its last bit and the top 4 bits of `lo`.
    let hi = (hi << 1) | (middle >> 4);
    let lo = ((middle & 15) << 60) | lo;
    Ok((u128::from(hi) << 64) | u128::from(lo))
}

/// Which rule a suffix that failed [`decode`] broke: the first invalid byte, else the overflowing first digit.
#[cold]
pub(crate) fn suffix_error(suffix: &[u8; SUFFIX_LEN]) -> SuffixError {
    match suffix.iter().position(|&b| DECODE[b as usize] == INVALID) {
        Some(index) => SuffixError::InvalidByte(index),
        None => SuffixError::Overflow,
    }
}

/// The 5-bit value of one suffix byte, or `None`: the alphabet as ranges, for [`decode_const`].
const fn digit_const(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'h' => Some(byte - b'a' + 10),
        b'j' | b'k' => Some(byte - b'j' + 18),
        b'm' | b'n' => Some(byte - b'm' + 20),
        b'p'..=b't' => Some(byte - b'p' + 22),
        b'v'..=b'z' => Some(byte - b'v' + 27),
        _ => None,
    }
}

/// [`decode`] for compile time (`RunId::from_static`): one character at a time, no table, no SIMD.
///
/// Its own reading of the alphabet, so the tests comparing it with [`decode`] compare two implementations.
pub(crate) const fn decode_const(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    let mut value: u128 = 0;
    let mut i = 0;
    while i < SUFFIX_LEN {
        match digit_const(suffix[i]) {
            Some(digit) => value = (value << 5) | digit as u128,
            None => return Err(SuffixError::InvalidByte(i)),
        }
        i += 1;
    }
    // 26 × 5 = 130 bits: the first digit's top two bits fall off the 128-bit value, so they must be zero.
    if suffix[0] > b'7' {
        return Err(SuffixError::Overflow);
    }
    Ok(value)
}

/// Test inputs for the decoders: a few valid suffixes with every byte value put in every position, as
/// `(suffix, position, byte)`. Shared by the tests of the scalar and the SSE2 decoder.
#[cfg(test)]
pub(crate) fn single_byte_changes() -> impl Iterator<Item = ([u8; SUFFIX_LEN], usize, u8)> {
    static BASES: [[u8; SUFFIX_LEN]; 3] = [
        *b"01h455vb4pex5vsknk084sn02q",
        *b"7zzzzzzzzzzzzzzzzzzzzzzzzz",
        *b"00000000000000000000000000",
    ];
    // Miri interprets every instruction: there, one base and the positions at the edges of the two SSE2
    // vectors and of the two 64-bit halves.
    let bases: &'static [[u8; SUFFIX_LEN]] = if cfg!(miri) { &BASES[..1] } else { &BASES };
    let positions: &[usize] = if cfg!(miri) {
        &[0, 1, 2, 9, 10, 12, 13, 14, 17, 18, 25]
    } else {
        &[
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
            24, 25,
        ]
    };
    bases.iter().flat_map(move |&base| {
        positions.iter().flat_map(move |&position| {
            (0..=255u8).map(move |byte| {
                let mut suffix = base;
                suffix[position] = byte;
                (suffix, position, byte)
            })
        })
    })
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
    fn every_byte_in_every_position_matches_a_plain_decoder() {
        // The plain reference: one 128-bit accumulator, checks as the spec states them.
        fn reference(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
            let mut value: u128 = 0;
            for (index, &byte) in suffix.iter().enumerate() {
                let Some(digit) = ALPHABET.iter().position(|&c| c == byte) else {
                    return Err(SuffixError::InvalidByte(index));
                };
                value = (value << 5) | digit as u128;
            }
            if suffix[0] > b'7' {
                return Err(SuffixError::Overflow);
            }
            Ok(value)
        }
        for (suffix, position, byte) in single_byte_changes() {
            let expected = reference(&suffix);
            assert_eq!(decode_scalar(&suffix), expected, "{position} {byte}");
            if let Ok(value) = expected {
                assert_eq!(encode(value), suffix);
            }
        }
    }

    /// The compile-time decoder agrees with the run-time one on every byte value in every position.
    #[test]
    fn the_const_decoder_agrees_with_decode() {
        for (suffix, position, byte) in single_byte_changes() {
            assert_eq!(decode_const(&suffix), decode(&suffix), "{position} {byte}");
        }
        const MAX: Result<u128, SuffixError> = decode_const(b"7zzzzzzzzzzzzzzzzzzzzzzzzz");
        assert_eq!(MAX, Ok(u128::MAX));
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
