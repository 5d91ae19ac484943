//! The TypeID v0.3 rules read literally, written for clarity and not speed, independently of `id-runtime`'s codec:
//! the reference that the differential tests (`tests/tests/testsuite/differential.rs`) and the fuzz invariants
//! (`crate::fuzz_checks`) hold the parsers to. It is itself checked against the conformance vectors.

/// The lowercase Crockford base32 alphabet of the suffix, digit value = index.
const ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

/// The prefix and the 128-bit value of `text`, or `None` when `text` is not a TypeID.
pub fn parse(text: &str) -> Option<(String, u128)> {
    let (prefix, suffix) = match text.rfind('_') {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => ("", text),
    };
    if text.contains('_') && prefix.is_empty() {
        return None;
    }
    let prefix_ok = prefix.len() <= 63
        && prefix.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        && !prefix.starts_with('_')
        && !prefix.ends_with('_');
    if !prefix_ok
        || suffix.chars().count() != 26
        || !suffix.starts_with(|c: char| ('0'..='7').contains(&c))
    {
        return None;
    }
    let mut value: u128 = 0;
    for c in suffix.chars() {
        let digit = ALPHABET.find(c)? as u128;
        value = value.checked_mul(32)?.checked_add(digit)?;
    }
    Some((prefix.to_owned(), value))
}
