//! The floor: the fastest safe TypeID codec for one known prefix, which every implementation is compared with.
//!
//! The contract is the spec's and nothing more: the length, the prefix bytes and `_`, 26 lookups in a 256-entry
//! table into a `u128`, the first character at most `7`. It builds no error value (`None`) and returns bytes rather
//! than `&str`. It is `#[inline(always)]`, as the runtime's typed parse is, so both are compiled into the benchmark
//! loop and neither pays for a call the other does not. Its machine code is checked to keep every digit in
//! registers (see BENCHMARKS.md, "Method").

/// The TypeID alphabet.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Byte → its 5-bit value, or [`INVALID`] for bytes outside the alphabet.
static DECODE: [u32; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 32 {
        table[ALPHABET[i] as usize] = i as u32;
        i += 1;
    }
    table
};

/// Larger than any six valid digits (30 bits) put together, so a group holding an invalid byte is at least this
/// much; six of them shifted by up to 25 bits still fit in 64.
const INVALID: u32 = 1 << 30;

/// The prefix the floor parses.
pub const PREFIX: &str = "run";

/// `run_`: the prefix and the separator, compared as one 4-byte word.
const HEAD: [u8; 4] = *b"run_";

/// Length of `run_` plus 26 characters.
pub const LEN: usize = HEAD.len() + 26;

/// Parses `run_` + 26 base32 characters into the 128-bit value; `None` for anything else.
#[inline(always)]
pub fn parse(input: &str) -> Option<u128> {
    let bytes: &[u8; LEN] = input.as_bytes().try_into().ok()?;
    let (head, suffix) = bytes.split_first_chunk::<4>()?;
    if *head != HEAD {
        return None;
    }
    decode(suffix.first_chunk::<26>()?)
}

/// 26 characters into 128 bits: characters 0..6, 6..12, 12..18, 18..24 and 24..26 each into a `u64` of their own
/// (five independent chains of shifts), then one shift each into place.
///
/// Validity is read from the groups themselves: an invalid byte makes its group at least [`INVALID`], and a first
/// character above `7` makes the first group at least 8 << 25. Because the branch needs the values, they are
/// computed before it and stay in registers; with a separate OR of the digits for validity, the compiler moved the
/// shifts after the branch and kept the 26 digits on the stack until then.
#[inline(always)]
fn decode(suffix: &[u8; 26]) -> Option<u128> {
    let group = |from: usize, to: usize| {
        let mut value = 0;
        for &byte in &suffix[from..to] {
            value = (value << 5) | u64::from(DECODE[byte as usize]);
        }
        value
    };
    let (a, b, c, d, e) = (
        group(0, 6),
        group(6, 12),
        group(12, 18),
        group(18, 24),
        group(24, 26),
    );
    if a >= 8 << 25 || (b | c | d | e) >= u64::from(INVALID) {
        return None;
    }
    Some(
        (u128::from(a) << 100)
            | (u128::from(b) << 70)
            | (u128::from(c) << 40)
            | (u128::from(d) << 10)
            | u128::from(e),
    )
}

/// Writes `run_` + the 26 base32 characters of `value` into `buf`.
#[inline(always)]
pub fn encode(value: u128, buf: &mut [u8; LEN]) -> &[u8] {
    buf[..HEAD.len()].copy_from_slice(&HEAD);
    for (i, slot) in buf[HEAD.len()..].iter_mut().enumerate() {
        *slot = ALPHABET[((value >> (125 - 5 * i)) & 31) as usize];
    }
    buf
}

/// The floor's `to_string`, as safe code writes it: encode on the stack, check UTF-8, allocate the exact length.
#[inline(always)]
pub fn to_string(value: u128) -> String {
    let mut buf = [0; LEN];
    core::str::from_utf8(encode(value, &mut buf))
        .map(String::from)
        .unwrap_or_default()
}

/// Checks the floor against the runtime, panicking on the first disagreement: the known cases, then every byte
/// value in every suffix position. The benchmark calls it before measuring anything, and `cargo test` runs it from
/// id-tests (`tests/tests/testsuite/bench_floor.rs`), which compiles this file alone next to its own `root` module:
/// a test build of this crate would compile criterion and every peer crate (its dev-dependencies) as well.
/// `super::root` is the root manifest's generated module in either crate.
pub fn self_check() {
    let text = "run_01h455vb4pex5vsknk084sn02q";
    let id = super::root::RunId::parse(text).expect("a valid ID");
    assert_eq!(parse(text), Some(id.uuid().as_u128()));
    assert_eq!(encode(id.uuid().as_u128(), &mut [0; LEN]), text.as_bytes());
    assert_eq!(to_string(id.uuid().as_u128()), text);
    assert_eq!(parse("txn_01h455vb4pex5vsknk084sn02q"), None);
    assert_eq!(parse("run_01h455vb4pex5vsknk084sn02u"), None);
    assert_eq!(parse("run_81h455vb4pex5vsknk084sn02q"), None);
    assert_eq!(parse("run_7zzzzzzzzzzzzzzzzzzzzzzzzz"), Some(u128::MAX));

    let base = *b"run_01h455vb4pex5vsknk084sn02q";
    for position in 4..LEN {
        for byte in 0..=255u8 {
            let mut input = base;
            input[position] = byte;
            let Ok(text) = core::str::from_utf8(&input) else {
                continue;
            };
            let expected = super::root::RunId::parse(text)
                .ok()
                .map(|id| id.uuid().as_u128());
            assert_eq!(
                parse(text),
                expected,
                "the floor disagrees with the runtime on {text:?}"
            );
        }
    }
}
