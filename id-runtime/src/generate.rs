//! New IDs: UUIDv7 (time-ordered) or UUIDv4, from a cryptographically secure random source.

use uuid::Uuid;

use crate::UuidVersion;

/// A new UUID of the given version.
///
/// v7 comes from [`Uuid::now_v7`], which keeps IDs made by one process strictly increasing (a counter fills the
/// bits after the millisecond timestamp); its random bits, like v4's, come from `rand`'s thread-local
/// cryptographically secure generator, seeded by the operating system.
#[inline]
pub(crate) fn generate(version: UuidVersion) -> Uuid {
    match version {
        UuidVersion::V7 => Uuid::now_v7(),
        UuidVersion::V4 => Uuid::new_v4(),
    }
}
