//! Formatting into a caller's stack buffer: the allocation-free core that `Display` is built on.

use core::mem::MaybeUninit;

use uuid::Uuid;

use crate::codec;
pub(crate) use id_grammar::MAX_ID_LEN;

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
    // Never zeroed: `codec::write_id` reads only what it wrote. Zeroing the 90 bytes cost "format into a stack
    // buffer" about a sixth.
    bytes: [MaybeUninit<u8>; MAX_ID_LEN],
}

impl IdBuf {
    /// An empty buffer.
    pub const fn new() -> IdBuf {
        IdBuf {
            bytes: [MaybeUninit::uninit(); MAX_ID_LEN],
        }
    }

    /// Writes `prefix_suffix` (or just the suffix for an empty prefix) and returns it.
    ///
    /// Callers pass a prefix already checked against the grammar (at most 63 bytes); any other is cut to 63 bytes
    /// at a character boundary.
    #[inline(always)]
    pub(crate) fn write(&mut self, prefix: &str, uuid: Uuid) -> &str {
        codec::write_id(&mut self.bytes, prefix, uuid.as_u128())
    }
}

impl Default for IdBuf {
    fn default() -> IdBuf {
        IdBuf::new()
    }
}
