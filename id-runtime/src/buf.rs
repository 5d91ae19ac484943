//! Formatting into a caller's stack buffer: the allocation-free core that `Display` is built on.

use uuid::Uuid;

use crate::codec::{self, SUFFIX_LEN};
use crate::prefix::MAX_PREFIX_LEN;

/// The longest TypeID text: a 63-character prefix, `_`, and 26 suffix characters.
pub const MAX_ID_LEN: usize = MAX_PREFIX_LEN + 1 + SUFFIX_LEN;

/// A stack buffer that any ID can be written into without allocating.
///
/// ```
/// use id_runtime::{DynamicId, IdBuf};
/// let id = DynamicId::parse("run_01h455vb4pex5vsknk084sn02q").unwrap();
/// let mut buf = IdBuf::new();
/// assert_eq!(id.encode(&mut buf), "run_01h455vb4pex5vsknk084sn02q");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct IdBuf {
    bytes: [u8; MAX_ID_LEN],
}

impl IdBuf {
    /// An empty buffer.
    pub const fn new() -> IdBuf {
        IdBuf {
            bytes: [0; MAX_ID_LEN],
        }
    }

    /// Writes `prefix_suffix` (or just the suffix for an empty prefix) and returns it.
    ///
    /// Callers pass a prefix already checked against the grammar, so it is ASCII and at most 63 bytes.
    #[inline]
    pub(crate) fn write(&mut self, prefix: &str, uuid: Uuid) -> &str {
        let prefix = prefix.as_bytes();
        let prefix_len = prefix.len().min(MAX_PREFIX_LEN);
        let mut len = 0;
        if prefix_len > 0 {
            self.bytes[..prefix_len].copy_from_slice(&prefix[..prefix_len]);
            self.bytes[prefix_len] = b'_';
            len = prefix_len + 1;
        }
        self.bytes[len..len + SUFFIX_LEN].copy_from_slice(&codec::encode(uuid.as_u128()));
        len += SUFFIX_LEN;
        // ASCII from a checked prefix and the base32 alphabet: this cannot fail.
        core::str::from_utf8(&self.bytes[..len]).unwrap_or_default()
    }
}

impl Default for IdBuf {
    fn default() -> IdBuf {
        IdBuf::new()
    }
}
