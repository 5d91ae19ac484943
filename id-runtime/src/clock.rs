//! The wall clock that v7 IDs are stamped with, in Unix milliseconds.
//!
//! On Unix [`unix_millis`] calls `clock_gettime(CLOCK_REALTIME)` directly, hence this module's `unsafe`.
//! `SystemTime::now()` makes the same call, but turning its result into milliseconds (`duration_since(UNIX_EPOCH)`,
//! then `as_secs` and `subsec_millis`) cost about a fifth of `RunId::new()`; from the `timespec` it is one
//! multiplication and one division by a constant (BENCHMARKS.md, `unsafe`). A test holds it to `SystemTime`.

#![allow(unsafe_code)]

/// Milliseconds since the Unix epoch, or `None` for a clock before 1970 or a failed read.
#[cfg(all(unix, not(all(target_family = "wasm", target_os = "unknown"))))]
#[inline]
pub(crate) fn unix_millis() -> Option<u64> {
    let mut now = core::mem::MaybeUninit::<libc::timespec>::uninit();
    // SAFETY: `now.as_mut_ptr()` points to writable memory the size and alignment of a `timespec`, which
    // `clock_gettime` only writes, and only for the duration of the call. `CLOCK_REALTIME` is defined on every
    // Unix; on failure the call returns -1 and `now` is not read.
    if unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, now.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: `clock_gettime` returned 0, so it initialized the whole `timespec`.
    let now = unsafe { now.assume_init() };
    let seconds = u64::try_from(now.tv_sec).ok()?;
    let nanos = u64::try_from(now.tv_nsec).ok()?;
    Some(seconds * 1000 + nanos / 1_000_000)
}

/// Milliseconds since the Unix epoch, or `None` for a clock before 1970.
#[cfg(not(any(unix, all(target_family = "wasm", target_os = "unknown"))))]
#[inline]
pub(crate) fn unix_millis() -> Option<u64> {
    system_time_millis()
}

/// Milliseconds since the Unix epoch from JavaScript's `Date.now()`: `SystemTime::now()` panics on
/// wasm32-unknown-unknown, which has no clock of its own.
#[cfg(all(target_family = "wasm", target_os = "unknown", feature = "wasm-js"))]
#[inline]
pub(crate) fn unix_millis() -> Option<u64> {
    let millis = js_sys::Date::now();
    // `Date.now()` is a whole number of milliseconds; NaN or a time before 1970 is no reading.
    (millis >= 0.0).then_some(millis as u64)
}

/// Milliseconds since the Unix epoch through `SystemTime`: the portable reading, and the reference in tests for the
/// direct `clock_gettime` of [`unix_millis`].
#[cfg(not(all(target_family = "wasm", target_os = "unknown")))]
#[cfg_attr(unix, allow(dead_code))]
pub(crate) fn system_time_millis() -> Option<u64> {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(since.as_secs() * 1000 + u64::from(since.subsec_millis()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_millis_reads_the_same_clock_as_system_time() {
        let before = system_time_millis().unwrap();
        let read = unix_millis().unwrap();
        let after = system_time_millis().unwrap();
        assert!(
            before <= read && read <= after,
            "{before} <= {read} <= {after}"
        );
    }
}
