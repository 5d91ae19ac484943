//! A short string stored inline, so that errors and [`DynamicId`](crate::DynamicId) never allocate.

use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::Deref;

/// The most bytes an [`InlineStr`] keeps: the longest TypeID prefix.
const INLINE_CAPACITY: usize = id_grammar::MAX_PREFIX_LEN;

/// Text of at most 63 bytes kept on the stack; longer input is cut at a character boundary and marked truncated.
///
/// It holds the prefix of a [`DynamicId`](crate::DynamicId) and the text quoted by a
/// [`ParseIdError`](crate::ParseIdError), so parsing never touches the heap.
#[derive(Clone, Copy)]
// 64 bytes on an 8-byte boundary, the length in the last one: the compiler builds and copies it in whole 16-byte
// words. With the length in two bytes of their own (65 bytes, byte-aligned) it wrote overlapping unaligned words
// and read them back, which stalled every copy of an error (`benches/`, "reject a wrong prefix").
#[repr(align(8))]
pub struct InlineStr {
    /// The text, zero-padded, then [`META`]: the length in the low seven bits, [`TRUNCATED`] when the text was cut.
    buf: [u8; INLINE_CAPACITY + 1],
}

/// The index of the length byte in `InlineStr::buf`.
const META: usize = INLINE_CAPACITY;

/// The bit of the length byte that marks cut text.
const TRUNCATED: u8 = 0x80;

impl InlineStr {
    /// The most bytes an `InlineStr` keeps: the longest TypeID prefix, 63.
    pub const CAPACITY: usize = INLINE_CAPACITY;

    /// The empty string.
    pub const EMPTY: InlineStr = InlineStr {
        buf: [0; INLINE_CAPACITY + 1],
    };

    /// Copies `text`, keeping at most [`CAPACITY`](Self::CAPACITY) bytes (cut at a character boundary).
    #[inline(never)]
    pub fn new(text: &str) -> InlineStr {
        let mut end = text.len().min(INLINE_CAPACITY);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut buf = [0; INLINE_CAPACITY + 1];
        buf[..end].copy_from_slice(&text.as_bytes()[..end]);
        buf[META] = end as u8 | if end < text.len() { TRUNCATED } else { 0 };
        InlineStr { buf }
    }

    /// `input[..len]` when `len` ≤ 16 and `input` has at least 16 bytes: one 16-byte load, masked, stored at
    /// fixed offsets. An error built from it is written in place, without a `memcpy` call or a temporary copy,
    /// each of which costs a store-forwarding stall (together more than half of a wrong-prefix rejection).
    #[inline(always)]
    pub(crate) fn short_prefix_of(input: &str, len: usize) -> Option<InlineStr> {
        if len > 16 {
            return None;
        }
        let head = *input.as_bytes().first_chunk::<16>()?;
        // Keep the first `len` bytes; a shift by 128 (for `len` = 0) is out of range, hence `checked_shr`.
        let mask = u128::MAX.checked_shr(8 * (16 - len as u32)).unwrap_or(0);
        Some(InlineStr::from_head(u128::from_le_bytes(head) & mask, len))
    }

    /// The `len` bytes of `word` (little-endian, zero above them), `len` at most 8.
    #[inline(always)]
    pub(crate) fn from_word(word: u64, len: usize) -> InlineStr {
        InlineStr::from_head(u128::from(word), len)
    }

    /// The `len` bytes of `head` (little-endian, zero above them), `len` at most 16, as four 16-byte words each
    /// written once: the text, two of zeros, and zeros ending in the length. A byte store of the length would
    /// split the last word, and every return of an error would pay for it.
    #[inline(always)]
    fn from_head(head: u128, len: usize) -> InlineStr {
        let zeros = [0; 16];
        let mut buf = [0; INLINE_CAPACITY + 1];
        buf[..16].copy_from_slice(&head.to_le_bytes());
        buf[16..32].copy_from_slice(&zeros);
        buf[32..48].copy_from_slice(&zeros);
        buf[48..].copy_from_slice(&(u128::from(len as u8) << 120).to_le_bytes());
        InlineStr { buf }
    }

    /// The kept text.
    pub fn as_str(&self) -> &str {
        // Only whole characters of a `&str` are ever copied in, so this cannot fail.
        core::str::from_utf8(&self.buf[..usize::from(self.buf[META] & !TRUNCATED)])
            .unwrap_or_default()
    }

    /// Whether the original text was longer than what is kept.
    pub fn is_truncated(&self) -> bool {
        self.buf[META] & TRUNCATED != 0
    }
}

impl Deref for InlineStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for InlineStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())?;
        if self.is_truncated() {
            f.write_str("…")
        } else {
            Ok(())
        }
    }
}

impl fmt::Debug for InlineStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)?;
        if self.is_truncated() {
            f.write_str("…")
        } else {
            Ok(())
        }
    }
}

impl PartialEq for InlineStr {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str() && self.is_truncated() == other.is_truncated()
    }
}

impl Eq for InlineStr {}

impl PartialOrd for InlineStr {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InlineStr {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        (self.as_str(), self.is_truncated()).cmp(&(other.as_str(), other.is_truncated()))
    }
}

impl Hash for InlineStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
        self.is_truncated().hash(state);
    }
}

impl PartialEq<str> for InlineStr {
    fn eq(&self, other: &str) -> bool {
        !self.is_truncated() && self.as_str() == other
    }
}

impl PartialEq<&str> for InlineStr {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_short_text_and_cuts_long_text_on_a_char_boundary() {
        assert_eq!(InlineStr::new("run"), "run");
        let long = "é".repeat(40); // 80 bytes
        let kept = InlineStr::new(&long);
        assert!(kept.is_truncated());
        assert_eq!(kept.as_str(), "é".repeat(31));
        assert_eq!(kept.to_string(), format!("{}…", "é".repeat(31)));
    }

    #[test]
    fn the_length_byte_keeps_length_and_truncation_apart() {
        let full = "a".repeat(INLINE_CAPACITY);
        assert_eq!(InlineStr::new(&full).as_str(), full);
        assert!(!InlineStr::new(&full).is_truncated());
        let over = "b".repeat(INLINE_CAPACITY + 1);
        assert_eq!(InlineStr::new(&over).as_str(), &over[..INLINE_CAPACITY]);
        assert!(InlineStr::new(&over).is_truncated());
        assert_ne!(
            InlineStr::new(&full),
            InlineStr::new(&"a".repeat(INLINE_CAPACITY + 1))
        );
        assert_eq!(InlineStr::EMPTY, InlineStr::new(""));
        assert_eq!(core::mem::size_of::<InlineStr>(), 64);
    }

    #[test]
    fn short_prefix_of_and_from_word_match_new() {
        let input = "pre_fix_abcdefghijklmnop";
        for len in 0..=16 {
            assert_eq!(
                InlineStr::short_prefix_of(input, len),
                Some(InlineStr::new(&input[..len]))
            );
        }
        assert_eq!(InlineStr::short_prefix_of(input, 17), None);
        for len in 0..=8 {
            let mut word = [0; 8];
            word[..len].copy_from_slice(&input.as_bytes()[..len]);
            assert_eq!(
                InlineStr::from_word(u64::from_le_bytes(word), len),
                InlineStr::new(&input[..len])
            );
        }
        assert_eq!(InlineStr::short_prefix_of("short", 3), None);
    }
}
