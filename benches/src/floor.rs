//! The floor: the plainest fast TypeID codec, a 256-entry table for decoding and a 32-entry one for encoding.
//!
//! It knows its prefix at compile time, checks nothing but what the spec requires, builds no error values and
//! returns bytes rather than `&str`. The benchmark reports every implementation as a ratio to it. Its functions
//! are `#[inline(never)]` so that, like the crates it is compared with, each call is a real call.

/// The TypeID alphabet.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Byte → 5-bit value, 0xFF for bytes outside the alphabet.
static DECODE: [u8; 256] = {
    let mut table = [0xFF; 256];
    let mut i = 0;
    while i < 32 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// The prefix the floor parses.
pub const PREFIX: &str = "run";

/// Length of `run_` plus 26 characters.
pub const LEN: usize = PREFIX.len() + 1 + 26;

/// Parses `run_` + 26 base32 characters into the 128-bit value; `None` for anything else.
#[inline(never)]
pub fn parse(input: &str) -> Option<u128> {
    let bytes = input.as_bytes();
    if bytes.len() != LEN
        || &bytes[..PREFIX.len()] != PREFIX.as_bytes()
        || bytes[PREFIX.len()] != b'_'
    {
        return None;
    }
    let mut value: u128 = 0;
    let mut seen: u8 = 0;
    for &byte in &bytes[PREFIX.len() + 1..] {
        let digit = DECODE[byte as usize];
        seen |= digit;
        value = (value << 5) | u128::from(digit & 31);
    }
    if seen & 0x80 != 0 || DECODE[bytes[PREFIX.len() + 1] as usize] > 7 {
        return None;
    }
    Some(value)
}

/// Writes `run_` + the 26 base32 characters of `value` into `buf`.
#[inline(never)]
pub fn encode(value: u128, buf: &mut [u8; LEN]) -> &[u8] {
    buf[..PREFIX.len()].copy_from_slice(PREFIX.as_bytes());
    buf[PREFIX.len()] = b'_';
    for (i, slot) in buf[PREFIX.len() + 1..].iter_mut().enumerate() {
        *slot = ALPHABET[((value >> (125 - 5 * i)) & 31) as usize];
    }
    buf
}

/// The floor's `to_string`, as safe code writes it: encode on the stack, check UTF-8, allocate the exact length.
#[inline(never)]
pub fn to_string(value: u128) -> String {
    let mut buf = [0; LEN];
    core::str::from_utf8(encode(value, &mut buf))
        .map(String::from)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_runtime() {
        let text = "run_01h455vb4pex5vsknk084sn02q";
        let id = crate::root::RunId::parse(text).unwrap();
        assert_eq!(parse(text), Some(id.uuid().as_u128()));
        assert_eq!(encode(id.uuid().as_u128(), &mut [0; LEN]), text.as_bytes());
        assert_eq!(to_string(id.uuid().as_u128()), text);
        assert_eq!(parse("txn_01h455vb4pex5vsknk084sn02q"), None);
        assert_eq!(parse("run_01h455vb4pex5vsknk084sn02u"), None);
        assert_eq!(parse("run_81h455vb4pex5vsknk084sn02q"), None);
    }
}
