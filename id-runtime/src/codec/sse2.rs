//! The SSE2 suffix decoder, x86-64's: 26 characters in two 16-byte vectors instead of 26 table lookups. A valid
//! typed parse costs the same as with the fastest scalar decoder we wrote, and a bad character less, its position
//! read from the vector masks (BENCHMARKS.md, `unsafe`).
//!
//! `unsafe` because SSE2 intrinsics are `unsafe` to call outside a `#[target_feature]` function, even when the build
//! enables SSE2 for the whole crate (it is part of the x86-64 baseline); and safe `#[target_feature]` functions need
//! Rust 1.86, above this crate's minimum. Each function holds its intrinsics in one `unsafe` block whose only
//! requirement, SSE2, the `cfg` on this module proves. Tested against [`decode_scalar`](super::decode_scalar) for
//! every byte value in every position, also under Miri:
//! `MIRIFLAGS=-Zmiri-disable-isolation cargo +nightly miri test -p id-runtime`.

#![allow(unsafe_code)]

use core::arch::x86_64::{
    __m128i, _mm_add_epi8, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8,
    _mm_cvtsi128_si64, _mm_madd_epi16, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
    _mm_set_epi64x, _mm_set1_epi8, _mm_set1_epi16, _mm_set1_epi32, _mm_set1_epi64x, _mm_slli_epi16,
    _mm_slli_epi64, _mm_srli_epi16, _mm_srli_epi64, _mm_sub_epi8, _mm_unpackhi_epi64,
};

use super::{DECODE, SUFFIX_LEN, SuffixError};

/// Characters 2..18 and 10..26 in two vectors (8 shared); characters 0 and 1 through the table, since the
/// first one has its own rule (0–7). Value layout: characters 0–1 are the top 8 bits, then three groups of 8
/// characters (40 bits each) from `[2..10]`, `[10..18]` and `[18..26]`.
#[inline(always)]
pub(crate) fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    // SAFETY: every intrinsic here needs only SSE2, which the `cfg` on this module proves is enabled for
    // the whole build (it is part of the x86-64 baseline). They read and write only their vector arguments.
    unsafe {
        let (first, first_bad) = digits(load(&suffix[2..18]));
        let (second, second_bad) = digits(load(&suffix[10..26]));
        let d0 = u64::from(DECODE[suffix[0] as usize]);
        let d1 = u64::from(DECODE[suffix[1] as usize]);
        let bad = _mm_movemask_epi8(_mm_or_si128(first_bad, second_bad));
        if bad != 0 || ((d0 | d1) & 0x80) | (d0 & 0x18) != 0 {
            // Bit i set when character i is invalid: the two vectors cover 2..18 and 10..26.
            let invalid = (d0 >> 7) as u32
                | ((d1 >> 7) as u32) << 1
                | (_mm_movemask_epi8(first_bad) as u32) << 2
                | (_mm_movemask_epi8(second_bad) as u32) << 10;
            return Err(match invalid {
                0 => SuffixError::Overflow,
                _ => SuffixError::InvalidByte(invalid.trailing_zeros() as usize),
            });
        }
        let (g0, g1) = pack(first);
        let (_, g2) = pack(second);
        let top = (d0 << 5) | d1;
        let hi = (top << 56) | (g0 << 16) | (g1 >> 24);
        let lo = (g1 << 40) | g2;
        Ok((u128::from(hi) << 64) | u128::from(lo))
    }
}

/// 16 bytes into a vector, lane 0 = `bytes[0]`.
#[inline(always)]
fn load(bytes: &[u8]) -> __m128i {
    // SAFETY: every intrinsic here needs only SSE2, which the `cfg` on this module proves is enabled for
    // the whole build (it is part of the x86-64 baseline). They read and write only their vector arguments.
    unsafe {
        let mut lo = [0; 8];
        let mut hi = [0; 8];
        lo.copy_from_slice(&bytes[..8]);
        hi.copy_from_slice(&bytes[8..16]);
        _mm_set_epi64x(i64::from_le_bytes(hi), i64::from_le_bytes(lo))
    }
}

/// Each byte's 5-bit value, and a mask of the bytes outside the alphabet.
///
/// `0`–`9` map to `c - 48`; letters to `c - 87` less one for each of `i`, `l`, `o`, `u` below them. The rest
/// is caught by three tests: a value above 31 (below `0`, above `z`, non-ASCII, and `:`–`V`), the gap
/// between `9` and `a` that lands in range (`W`–`` ` ``), and the four excluded letters themselves.
#[inline(always)]
fn digits(c: __m128i) -> (__m128i, __m128i) {
    // SAFETY: every intrinsic here needs only SSE2, which the `cfg` on this module proves is enabled for
    // the whole build (it is part of the x86-64 baseline). They read and write only their vector arguments.
    unsafe {
        let splat = |byte: u8| _mm_set1_epi8(byte as i8);
        let above_9 = _mm_cmpgt_epi8(c, splat(b'9'));
        let above_backtick = _mm_cmpgt_epi8(c, splat(b'`'));
        let mut value = _mm_sub_epi8(c, splat(b'0'));
        value = _mm_sub_epi8(value, _mm_and_si128(above_9, splat(b'a' - b'0' - 10)));
        // Each comparison is -1 where true: adding it skips one excluded letter.
        for hole in [b'i', b'l', b'o', b'u'] {
            value = _mm_add_epi8(value, _mm_cmpgt_epi8(c, splat(hole)));
        }
        let in_range = _mm_cmpeq_epi8(_mm_max_epu8(value, splat(31)), splat(31));
        let gap = _mm_andnot_si128(above_backtick, above_9);
        let mut excluded = _mm_cmpeq_epi8(c, splat(b'i'));
        for hole in [b'l', b'o', b'u'] {
            excluded = _mm_or_si128(excluded, _mm_cmpeq_epi8(c, splat(hole)));
        }
        let out_of_range = _mm_andnot_si128(in_range, splat(0xFF));
        (
            value,
            _mm_or_si128(out_of_range, _mm_or_si128(gap, excluded)),
        )
    }
}

/// 16 lanes of 5 bits (lane 0 most significant) into two 40-bit numbers: lanes 0–7 and 8–15.
#[inline(always)]
fn pack(value: __m128i) -> (u64, u64) {
    // SAFETY: every intrinsic here needs only SSE2, which the `cfg` on this module proves is enabled for
    // the whole build (it is part of the x86-64 baseline). They read and write only their vector arguments.
    unsafe {
        // Pairs into 16-bit lanes: (even << 5) | odd, 10 bits.
        let even = _mm_and_si128(value, _mm_set1_epi16(0x00FF));
        let odd = _mm_srli_epi16::<8>(value);
        let pairs = _mm_or_si128(_mm_slli_epi16::<5>(even), odd);
        // Pairs of pairs into 32-bit lanes: first × 1024 + second, 20 bits.
        let quads = _mm_madd_epi16(pairs, _mm_set1_epi32(0x0001_0400));
        // Pairs of those into 64-bit lanes: (first << 20) | second, 40 bits.
        let first = _mm_and_si128(quads, _mm_set1_epi64x(0xFFFF_FFFF));
        let second = _mm_srli_epi64::<32>(quads);
        let octets = _mm_or_si128(_mm_slli_epi64::<20>(first), second);
        (
            _mm_cvtsi128_si64(octets) as u64,
            _mm_cvtsi128_si64(_mm_unpackhi_epi64(octets, octets)) as u64,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec;

    #[test]
    fn decode_matches_the_scalar_decoder_for_every_byte_in_every_position() {
        for (suffix, position, byte) in codec::single_byte_changes() {
            assert_eq!(
                decode(&suffix),
                codec::decode_scalar(&suffix),
                "byte {byte} at {position}"
            );
        }
    }
}
