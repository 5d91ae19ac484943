//! The crate's only `unsafe` code: checks that the benchmark showed to cost, skipped where they cannot fail, and
//! one system call made directly. The measurements behind each are in BENCHMARKS.md (`unsafe`).
//!
//! - [`write_id`] returns the text it wrote as `&str` without UTF-8 validation, from a buffer that is never zeroed:
//!   validating text it had just written from the alphabet cost nearly as much as writing it (in formatting into a
//!   stack buffer, and so in `Display`, `to_string` and serde), and zeroing the 90 bytes of an
//!   [`IdBuf`](crate::IdBuf) first cost another tenth.
//! - [`decode`] runs the SSE2 decoder on x86-64, where SSE2 is part of the baseline: 26 characters in two 16-byte
//!   vectors instead of 26 table lookups. A valid typed parse costs the same as with the fastest scalar decoder
//!   we wrote, and a bad character less, its position read from the vector masks. SSE2 intrinsics are `unsafe` to
//!   call outside a `#[target_feature]` function, even when the build enables SSE2 for the whole crate, hence the
//!   `unsafe` blocks.
//! - [`unix_millis`] reads the clock with `clock_gettime(CLOCK_REALTIME)` on Unix. `SystemTime::now()` makes the
//!   same call, but turning its result into milliseconds (`duration_since(UNIX_EPOCH)`, then `as_secs` and
//!   `subsec_millis`) cost about a fifth of `RunId::new()`; from the `timespec` it is one multiplication and one
//!   division by a constant.
//!
//! The first two are tested against plain safe versions: [`decode`] with every byte value in every position of the
//! suffix, [`write_id`] with every digit in every position of the suffix and with prefixes of 1- to 4-byte
//! characters cut at every offset around the 63-byte limit. The tests also run under Miri (on fewer cases):
//! `MIRIFLAGS=-Zmiri-disable-isolation cargo +nightly miri test -p id-runtime` (`new()` needs the clock and the OS
//! random source).
#![allow(unsafe_code)]

use core::mem::MaybeUninit;

use crate::buf::MAX_ID_LEN;
use crate::codec::{self, SUFFIX_LEN, SuffixError};

/// Writes `prefix_` and the 26-character suffix of `value` at the start of `buf` (just the suffix for an empty
/// prefix) and returns the text. A prefix longer than 63 bytes is cut at a character boundary. Always inlined: for
/// a typed ID the prefix is a constant, and its copy folds into one store.
///
/// `buf` is uninitialized memory ([`IdBuf`](crate::IdBuf) is never zeroed): only the bytes written here are read,
/// through the returned `&str`.
#[inline(always)]
pub(crate) fn write_id<'b>(
    buf: &'b mut [MaybeUninit<u8>; MAX_ID_LEN],
    prefix: &str,
    value: u128,
) -> &'b str {
    let mut kept = prefix.len().min(MAX_ID_LEN - 1 - SUFFIX_LEN);
    while !prefix.is_char_boundary(kept) {
        kept -= 1;
    }
    let mut text = [0; MAX_ID_LEN];
    let mut len = 0;
    if kept > 0 {
        text[..kept].copy_from_slice(&prefix.as_bytes()[..kept]);
        text[kept] = b'_';
        len = kept + 1;
    }
    if let Some(suffix) = text[len..].first_chunk_mut::<SUFFIX_LEN>() {
        codec::encode_into(value, suffix);
        len += SUFFIX_LEN;
    }
    // Only the `len` bytes of the text are copied (the compiler writes them straight into `buf`).
    for (slot, &byte) in buf.iter_mut().zip(&text[..len]) {
        slot.write(byte);
    }
    debug_assert!(core::str::from_utf8(&text[..len]).is_ok());
    // SAFETY: the loop above initialized `buf[..len]` (`len` ≤ `MAX_ID_LEN`, the length of both arrays) with
    // `text[..len]`: `prefix[..kept]`, a prefix of a `&str` cut at a character boundary (so valid UTF-8), then
    // (when not empty) the ASCII byte `_`, then 26 bytes from `codec::ALPHABET`, all ASCII. A valid UTF-8 string
    // followed by ASCII bytes is valid UTF-8. The slice borrows `buf` for `'b`, so nothing else writes to it.
    unsafe {
        core::str::from_utf8_unchecked(core::slice::from_raw_parts(buf.as_ptr().cast::<u8>(), len))
    }
}

/// Decodes a 26-character suffix: SSE2 on x86-64, the scalar table decoder elsewhere. Same results and errors as
/// [`codec::decode_scalar`], which the tests check for every byte value in every position.
#[inline(always)]
pub(crate) fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        sse2::decode(suffix)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        codec::decode_scalar(suffix)
    }
}

/// The SSE2 decoder. Its functions are safe to call: each holds its intrinsics in one `unsafe` block whose only
/// requirement, SSE2, the `cfg` proves. (In a `#[target_feature]` function they would be safe, but safe
/// `#[target_feature]` functions need Rust 1.86, above this crate's minimum.)
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod sse2 {
    use core::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8,
        _mm_cvtsi128_si64, _mm_madd_epi16, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set_epi64x, _mm_set1_epi8, _mm_set1_epi16, _mm_set1_epi32, _mm_set1_epi64x,
        _mm_slli_epi16, _mm_slli_epi64, _mm_srli_epi16, _mm_srli_epi64, _mm_sub_epi8,
        _mm_unpackhi_epi64,
    };

    use crate::codec::{self, SUFFIX_LEN, SuffixError};

    /// Characters 2..18 and 10..26 in two vectors (8 shared); characters 0 and 1 through the table, since the
    /// first one has its own rule (0–7). Value layout: characters 0–1 are the top 8 bits, then three groups of 8
    /// characters (40 bits each) from `[2..10]`, `[10..18]` and `[18..26]`.
    #[inline(always)]
    pub(super) fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
        // SAFETY: every intrinsic here needs only SSE2, which the `cfg` on this module proves is enabled for
        // the whole build (it is part of the x86-64 baseline). They read and write only their vector arguments.
        unsafe {
            let (first, first_bad) = digits(load(&suffix[2..18]));
            let (second, second_bad) = digits(load(&suffix[10..26]));
            let d0 = u64::from(codec::DECODE[suffix[0] as usize]);
            let d1 = u64::from(codec::DECODE[suffix[1] as usize]);
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
}

/// Milliseconds since the Unix epoch, or `None` for a clock before 1970 or a failed read.
#[cfg(all(unix, not(all(target_family = "wasm", target_os = "unknown"))))]
#[inline]
pub(crate) fn unix_millis() -> Option<u64> {
    let mut now = core::mem::MaybeUninit::<libc::timespec>::uninit();
    // SAFETY: `now.as_mut_ptr()` points to writable memory the size and alignment of a `timespec`, which
    // `clock_gettime` only writes, and only for the duration of the call. `CLOCK_REALTIME` is defined on every
    // Unix; on failure the call returns -1 and `now` is not read.
    if unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, now.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: `clock_gettime` returned 0, so it initialized the whole `timespec`.
    let now = unsafe { now.assume_init() };
    let seconds = u64::try_from(now.tv_sec).ok()?;
    let nanos = u64::try_from(now.tv_nsec).ok()?;
    Some(seconds * 1000 + nanos / 1_000_000)
}

/// Milliseconds since the Unix epoch, or `None` for a clock before 1970.
#[cfg(not(any(unix, all(target_family = "wasm", target_os = "unknown"))))]
#[inline]
pub(crate) fn unix_millis() -> Option<u64> {
    crate::generate::system_time_millis()
}

/// Milliseconds since the Unix epoch from JavaScript's `Date.now()`: `SystemTime::now()` panics on
/// wasm32-unknown-unknown, which has no clock of its own.
#[cfg(all(target_family = "wasm", target_os = "unknown", feature = "wasm-js"))]
#[inline]
pub(crate) fn unix_millis() -> Option<u64> {
    let millis = js_sys::Date::now();
    // `Date.now()` is a whole number of milliseconds; NaN or a time before 1970 is no reading.
    (millis >= 0.0).then_some(millis as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_millis_reads_the_same_clock_as_system_time() {
        let before = crate::generate::system_time_millis().unwrap();
        let read = unix_millis().unwrap();
        let after = crate::generate::system_time_millis().unwrap();
        assert!(
            before <= read && read <= after,
            "{before} <= {read} <= {after}"
        );
    }

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

    /// `write_id` by safe formatting: whole characters of the prefix while they fit in 63 bytes, `_`, then the 26
    /// base32 digits from the most significant, looked up one by one.
    fn safe_write_id(prefix: &str, value: u128) -> String {
        const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
        let mut text = String::new();
        for c in prefix.chars() {
            if text.len() + c.len_utf8() > 63 {
                break;
            }
            text.push(c);
        }
        if !text.is_empty() {
            text.push('_');
        }
        for position in (0..SUFFIX_LEN).rev() {
            let digit = (value >> (5 * position)) & 31;
            text.push(char::from(ALPHABET[digit as usize]));
        }
        text
    }

    /// Every digit value in every position of the suffix (the first position holds 3 bits: 0–7).
    fn every_digit_in_every_position() -> impl Iterator<Item = u128> {
        (0..SUFFIX_LEN).flat_map(|position| {
            let digits = if position == SUFFIX_LEN - 1 { 8 } else { 32 };
            (0..digits).map(move |digit| digit << (5 * position))
        })
    }

    /// Prefixes of `a`s then 1-, 2-, 3- or 4-byte characters, from empty to past 63 bytes, so that the cut at 63
    /// bytes falls on every offset inside a character.
    fn prefixes_around_the_cut() -> Vec<String> {
        let (leads, lengths) = if cfg!(miri) {
            (0..2, 60..68)
        } else {
            (0..4, 0..72)
        };
        let mut prefixes = Vec::new();
        for c in ['a', 'é', '€', '😀'] {
            for lead in leads.clone() {
                for bytes in lengths.clone() {
                    prefixes.push("a".repeat(lead) + &c.to_string().repeat(bytes / c.len_utf8()));
                }
            }
        }
        prefixes
    }

    #[test]
    fn write_id_matches_safe_formatting_for_every_digit_in_every_position() {
        let mut buf = [MaybeUninit::uninit(); MAX_ID_LEN];
        let long = "p".repeat(63);
        for prefix in ["", "run", long.as_str()] {
            for value in every_digit_in_every_position().chain([u128::MAX]) {
                assert_eq!(
                    write_id(&mut buf, prefix, value),
                    safe_write_id(prefix, value),
                    "{prefix:?} {value:#x}"
                );
            }
        }
    }

    #[test]
    fn write_id_cuts_any_prefix_at_a_character_boundary() {
        let mut buf = [MaybeUninit::uninit(); MAX_ID_LEN];
        for prefix in prefixes_around_the_cut() {
            for value in [0, 0x0189_0a5d_ac96_774b_bcce_b302_099a_8057, u128::MAX] {
                assert_eq!(
                    write_id(&mut buf, &prefix, value),
                    safe_write_id(&prefix, value),
                    "{prefix:?}"
                );
            }
        }
        // Not a valid prefix, but `&str` all the same: 40 two-byte characters are cut to 31 whole ones.
        let long = "é".repeat(40);
        assert_eq!(
            write_id(&mut buf, &long, u128::MAX),
            format!("{}_7zzzzzzzzzzzzzzzzzzzzzzzzz", "é".repeat(31))
        );
        assert_eq!(
            write_id(&mut buf, "run", 0),
            "run_00000000000000000000000000"
        );
        assert_eq!(write_id(&mut buf, "", 1), "00000000000000000000000001");
    }
}
