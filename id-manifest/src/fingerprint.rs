//! A fingerprint of the manifest's bytes: what id-build writes into the `#[ids]` module so that an editor
//! re-expands it after every edit, and what the macro compares to tell whether an editor saw the current manifest.

/// Starts every fingerprint, so that the macro can recognize one in the module it fills.
pub const FINGERPRINT_PREFIX: &str = "ids.toml fnv1a-64 ";

/// `ids.toml fnv1a-64 0123456789abcdef`: 64-bit FNV-1a of `bytes`. It changes with the manifest; it is not a
/// security measure.
pub fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{FINGERPRINT_PREFIX}{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_is_fnv1a_64() {
        // The published test vectors of FNV-1a 64.
        assert_eq!(fingerprint(b""), "ids.toml fnv1a-64 cbf29ce484222325");
        assert_eq!(fingerprint(b"a"), "ids.toml fnv1a-64 af63dc4c8601ec8c");
        assert_eq!(fingerprint(b"foobar"), "ids.toml fnv1a-64 85944171f73967e8");
    }
}
