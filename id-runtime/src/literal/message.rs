//! The text of a literal's compile error, written at compile time: a `panic!` in a `const fn` takes a `&str`, not
//! formatting arguments. The wording follows `ParseIdError`'s `Display`, and names the rule first.

use super::LiteralError;
use crate::{IdInfo, PrefixError};

/// Room for the longest message: two 63-byte prefixes and some 80 bytes of text.
const CAPACITY: usize = 320;

/// A message built in a fixed buffer. Only whole `&str`s are copied in, so the bytes are always UTF-8.
pub(super) struct Message {
    bytes: [u8; CAPACITY],
    len: usize,
}

impl Message {
    /// What `error` means for `input`, a literal of the kind `info` describes.
    pub(super) const fn of(error: LiteralError, input: &str, info: &IdInfo) -> Message {
        let m = Message {
            bytes: [0; CAPACITY],
            len: 0,
        };
        match error {
            LiteralError::Empty => m.text("an empty string is not an ID"),
            LiteralError::Prefix(PrefixError::EmptyBeforeSeparator) => m.text(
                "invalid ID prefix: the prefix before `_` is empty (an ID without a prefix has no `_`)",
            ),
            LiteralError::Prefix(PrefixError::TooLong { len }) => m
                .text("invalid ID prefix: the prefix is ")
                .number(len)
                .text(" characters long; at most 63 are allowed"),
            LiteralError::Prefix(PrefixError::StartsWithUnderscore) => {
                m.text("invalid ID prefix: the prefix starts with `_`")
            }
            LiteralError::Prefix(PrefixError::EndsWithUnderscore) => {
                m.text("invalid ID prefix: the prefix ends with `_`")
            }
            LiteralError::Prefix(PrefixError::InvalidChar { position, .. }) => m
                .text("invalid character ")
                .char_at(input, position)
                .text(" at position ")
                .number(position)
                .text(" in the prefix: ")
                .text(if is_uppercase_at(input, position) {
                    "prefixes are lowercase"
                } else {
                    "prefixes use only lowercase ASCII letters and `_`"
                }),
            LiteralError::SuffixLength { found: 0 } => m.text(
                "the ID has no suffix: expected 26 base32 characters after the last `_`",
            ),
            // What `parse` reports for a bare UUID of a kind without `accept_uuid`; say why it is refused.
            LiteralError::SuffixLength { .. } if super::bare_uuid(input).is_some() => m
                .text("a bare UUID is not a `")
                .text(info.name)
                .text("` ID: the kind, declared at ")
                .text(info.declared_at)
                .text(", does not set `accept_uuid = true`; write the TypeID `")
                .text(info.prefix)
                .text("_…`"),
            LiteralError::SuffixLength { found } => m
                .text("the ID suffix must be 26 characters long, found ")
                .number(found)
                .text(" (the suffix is everything after the last `_`)"),
            LiteralError::InvalidChar { position } => m
                .text("invalid character ")
                .char_at(input, position)
                .text(" at position ")
                .number(position)
                .text(if is_uppercase_at(input, position) {
                    ": IDs are lowercase"
                } else {
                    ": the suffix uses lowercase Crockford base32 (0-9, a-z except i, l, o, u)"
                }),
            LiteralError::Overflow { position } => m
                .text("the first suffix character must be 0-7, found ")
                .char_at(input, position)
                .text(" at position ")
                .number(position)
                .text(": larger values overflow 128 bits"),
            // The wording of `error::write_wrong_kind`, which the tests compare this with.
            LiteralError::WrongType { found_len } => {
                let m = m.text("wrong ID type: expected a `").text(info.name).text("` ID");
                let m = if crate::prefix_table::equal(info.name.as_bytes(), info.prefix.as_bytes()) {
                    m
                } else {
                    m.text(" (`").text(info.prefix).text("_…`)")
                };
                if found_len == 0 {
                    m.text(", found an ID without prefix")
                } else {
                    let (found, _) = input.as_bytes().split_at(found_len);
                    m.text(", found a `").utf8(found).text("` ID")
                }
            }
        }
    }

    /// The message.
    pub(super) const fn as_str(&self) -> &str {
        let (text, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            Err(_) => "invalid ID literal",
        }
    }

    /// Appends `text` if it fits, else `…` (never part of a character).
    const fn text(mut self, text: &str) -> Message {
        let bytes = text.as_bytes();
        if self.len + bytes.len() > CAPACITY {
            return self.text("…");
        }
        let mut i = 0;
        while i < bytes.len() {
            self.bytes[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    /// Appends `bytes`, which are a whole number of characters of the literal.
    const fn utf8(self, bytes: &[u8]) -> Message {
        match core::str::from_utf8(bytes) {
            Ok(text) => self.text(text),
            Err(_) => self.text("\u{fffd}"),
        }
    }

    const fn number(self, mut n: usize) -> Message {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let (_, digits) = digits.split_at(start);
        self.utf8(digits)
    }

    /// The character starting at byte `position` of `input`, quoted: `` `U` ``; a control character as `U+000A`.
    const fn char_at(self, input: &str, position: usize) -> Message {
        let bytes = input.as_bytes();
        if position >= bytes.len() {
            return self.text("`\u{fffd}`");
        }
        let lead = bytes[position];
        if lead < 0x20 || lead == 0x7f {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            let code = [
                b'U',
                b'+',
                b'0',
                b'0',
                HEX[(lead >> 4) as usize],
                HEX[(lead & 15) as usize],
            ];
            return self.utf8(&code);
        }
        let len = match lead {
            0x00..=0x7f => 1,
            0xf0..=0xff => 4,
            0xe0..=0xef => 3,
            _ => 2,
        };
        let (_, rest) = bytes.split_at(position);
        let (character, _) = rest.split_at(if len < rest.len() { len } else { rest.len() });
        self.text("`").utf8(character).text("`")
    }
}

const fn is_uppercase_at(input: &str, position: usize) -> bool {
    position < input.len() && input.as_bytes()[position].is_ascii_uppercase()
}
