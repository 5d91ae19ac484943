//! The prefix check of the hot paths: eight bytes at once (SWAR). The rule itself is `id_grammar::check_prefix`;
//! the tests hold this to it for every byte in every position.

#[cfg(test)]
use id_grammar::check_prefix;

/// `input[..len]` as a little-endian word, zero above, for `len` from 1 to 8 and an `input` of at least 8 bytes.
#[inline(always)]
pub(crate) fn short_prefix_word(input: &[u8], len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let head = u64::from_le_bytes(*input.first_chunk::<8>()?);
    Some(head & (u64::MAX >> (64 - 8 * len)))
}

/// Whether `word`, from [`short_prefix_word`], holds a non-empty prefix that [`id_grammar::check_prefix`] accepts: a letter
/// first and last, letters and `_` between. All eight bytes at once (SWAR), no branch per byte.
#[inline(always)]
pub(crate) fn is_valid_prefix_word(word: u64, len: usize) -> bool {
    const ONES: u64 = u64::MAX / 0xFF;
    const HIGH: u64 = ONES << 7;
    // The high bit of each byte of `word + (0x80 - c)` says whether the byte is at least `c`. A byte at or above
    // 0x80 may carry into the next one; it is neither a letter nor `_`, so the answer is `false` whatever the
    // carry does above it. Bytes past the prefix are zero and never carry.
    let at_least = |c: u8| word.wrapping_add(ONES * u64::from(0x80 - c));
    let letter = at_least(b'a') & !at_least(b'z' + 1) & HIGH;
    // A zero byte of `word ^ "____…"` is a `_`: adding 0x7F to its low seven bits sets the high bit of every
    // other byte, without carrying.
    let flipped = word ^ (ONES * u64::from(b'_'));
    let underscore = !(((flipped & !HIGH) + !HIGH) | flipped) & HIGH;
    let in_prefix = HIGH >> (64 - 8 * len);
    let ends = 0x80 | (0x80 << (8 * (len - 1)));
    (letter | underscore) & in_prefix == in_prefix && letter & ends == ends
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`short_prefix_word`] and [`is_valid_prefix_word`], the SWAR check, on the first `len` bytes of `input`.
    fn is_valid_short_prefix_of(input: &[u8], len: usize) -> Option<bool> {
        short_prefix_word(input, len).map(|word| is_valid_prefix_word(word, len))
    }

    /// The SWAR check against [`id_grammar::check_prefix`]: every length, every byte value in every position of several
    /// prefixes, with the bytes after the prefix clean and hostile; and every pair of positions holding bytes at
    /// the edges of each range, where a carry from one byte could change the answer for the next.
    #[test]
    fn the_swar_check_agrees_with_the_grammar() {
        let agree = |input: [u8; 8], len: usize| {
            let expected = match core::str::from_utf8(&input[..len]) {
                Ok(prefix) => !prefix.is_empty() && check_prefix(prefix).is_ok(),
                Err(_) => false,
            };
            assert_eq!(
                is_valid_short_prefix_of(&input, len),
                Some(expected),
                "{:?} (first {len} bytes)",
                &input[..len]
            );
        };
        // Miri interprets every step: there, one base and two tails.
        let bases: &[[u8; 8]] = if cfg!(miri) {
            &[*b"abc_efgh"]
        } else {
            &[*b"abc_efgh", *b"zzzzzzzz", *b"a_______", *b"________"]
        };
        let tails: &[u8] = if cfg!(miri) {
            &[0, 0xDF]
        } else {
            &[0, b'_', b'a', 0xFF, b'A', 0xDF]
        };
        for &base in bases {
            for len in 1..=8 {
                for &tail in tails {
                    let mut input = base;
                    input[len..].fill(tail);
                    agree(input, len);
                    for position in 0..len {
                        for byte in 0..=255u8 {
                            let mut changed = input;
                            changed[position] = byte;
                            agree(changed, len);
                        }
                    }
                }
            }
        }
        // Miri: the bytes that sit next to a range's edge or carry, and lengths up to four.
        let (edges, longest): (&[u8], usize) = if cfg!(miri) {
            (&[0, b'_', b'a', b'z', 0x7B, 0xE1, 0xFF], 4)
        } else {
            (
                &[
                    0, 1, 0x5E, b'_', 0x60, b'a', b'b', b'y', b'z', 0x7B, 0x7F, 0x80, 0x9F, 0xDF,
                    0xE0, 0xE1, 0xFA, 0xFB, 0xFF,
                ],
                8,
            )
        };
        for len in 2..=longest {
            for first in 0..len {
                for second in first + 1..len {
                    for &a in edges {
                        for &b in edges {
                            let mut input = *b"abcdefgh";
                            input[first] = a;
                            input[second] = b;
                            agree(input, len);
                        }
                    }
                }
            }
        }
        assert_eq!(is_valid_short_prefix_of(b"abcdefghij", 9), None);
        assert_eq!(is_valid_short_prefix_of(b"abcdefghij", 0), None);
        assert_eq!(is_valid_short_prefix_of(b"abc", 2), None);
    }
}
