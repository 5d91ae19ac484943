//! The text of an ID written into an uninitialized buffer and returned as `&str` without UTF-8 validation:
//! validating text it had just written from the alphabet cost nearly as much as writing it (in formatting into a
//! stack buffer, and so in `Display`, `to_string` and serde), and zeroing the 90 bytes of an
//! [`IdBuf`](crate::IdBuf) first cost another tenth (BENCHMARKS.md, `unsafe`).
//!
//! Tested against plain safe formatting with every digit in every position of the suffix and with prefixes of 1- to
//! 4-byte characters cut at every offset around the 63-byte limit, also under Miri (on fewer cases).

#![allow(unsafe_code)]

use core::mem::MaybeUninit;

use id_grammar::MAX_ID_LEN;

use super::{SUFFIX_LEN, encode_into};

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
        encode_into(value, suffix);
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

#[cfg(test)]
mod tests {
    use super::*;

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
