//! New IDs: UUIDv7 (time-ordered) or UUIDv4, from a cryptographically secure random source.
//!
//! v7 comes from a per-thread generator instead of [`Uuid::now_v7`], whose process-wide state sits behind a mutex:
//! no lock, no shared cache line, and one random `u64` per ID.
//!
//! The guarantee, exactly:
//! - **Strictly increasing per thread.** Each ID of a thread is greater than the one before it (as `Uuid`, as
//!   bytes, and as TypeID text), even when the clock stands still or steps back: the thread keeps the last
//!   millisecond it used and a counter, and never goes below them.
//! - **Unique across threads, with UUIDv7's collision resistance.** Threads do not coordinate. Two IDs from two
//!   threads can only be equal if they share the millisecond, the 42-bit counter (seeded from 41 random bits at
//!   every new millisecond, then counting up) and 32 fresh random bits. With `n` IDs per thread in the same
//!   millisecond, two threads collide with probability about n² / 2^72: 2^-52 at a thousand IDs each, 2^-32 at a
//!   million.
//! - **Not ordered across threads** within a millisecond: sorting IDs from several threads orders them by
//!   millisecond, then arbitrarily.
//!
//! Layout (RFC 9562, method 1 "fixed-length dedicated counter", like `uuid`'s): 48 bits of Unix milliseconds,
//! version 7, the counter's top 12 bits, the variant, the counter's low 30 bits, 32 random bits. Random bits come
//! from `rand`'s `ThreadRng`: ChaCha12 seeded from the operating system and reseeded every 64 KiB of output (as
//! for `uuid`'s `fast-rng`, a forked child shares its parent's generator state until the next reseed).

use std::cell::Cell;
use std::time::{SystemTime, UNIX_EPOCH};

use rand::Rng;
use uuid::Uuid;

use crate::UuidVersion;

/// The counter is 42 bits wide.
const COUNTER_MAX: u64 = (1 << 42) - 1;

/// Each millisecond's counter starts at 41 random bits, leaving at least 2^41 increments before it overflows.
const SEED_MASK: u64 = (1 << 41) - 1;

/// The millisecond and counter of the last v7 ID this thread made.
#[derive(Clone, Copy)]
struct Last {
    millis: u64,
    counter: u64,
}

thread_local! {
    // A plain `Cell` with a const initializer: no lazy initialization and no destructor, so access is one
    // thread-pointer-relative load.
    static LAST_V7: Cell<Last> = const { Cell::new(Last { millis: 0, counter: 0 }) };
}

/// A new UUID of the given version.
#[inline]
pub(crate) fn generate(version: UuidVersion) -> Uuid {
    match version {
        UuidVersion::V7 => now_v7(),
        UuidVersion::V4 => Uuid::new_v4(),
    }
}

/// A UUIDv7, strictly greater than the previous one made on this thread.
pub(crate) fn now_v7() -> Uuid {
    let mut rng = rand::rng();
    let random = rng.next_u64();
    let now = unix_millis();
    let last = LAST_V7.get();
    let next = if now > last.millis {
        Last {
            millis: now,
            counter: rng.next_u64() & SEED_MASK,
        }
    } else if last.counter < COUNTER_MAX {
        // Same millisecond, or the clock stepped back: count on from the last ID.
        Last {
            millis: last.millis,
            counter: last.counter + 1,
        }
    } else {
        // 2^41 IDs in one millisecond: borrow the next millisecond rather than wrap.
        Last {
            millis: last.millis + 1,
            counter: rng.next_u64() & SEED_MASK,
        }
    };
    LAST_V7.set(next);
    build_v7(next.millis, next.counter, random as u32)
}

/// Milliseconds since the Unix epoch (0 for a clock before it, which then only counts up).
#[inline]
fn unix_millis() -> u64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since) => since.as_secs() * 1000 + u64::from(since.subsec_millis()),
        Err(_) => 0,
    }
}

/// `millis` (48 bits) | 7 | counter's top 12 bits | variant `10` | counter's low 30 bits | 32 random bits.
#[inline]
fn build_v7(millis: u64, counter: u64, random: u32) -> Uuid {
    let hi = ((millis & 0xFFFF_FFFF_FFFF) << 16) | (0x7 << 12) | (counter >> 30);
    let lo = (0b10 << 62) | ((counter & ((1 << 30) - 1)) << 32) | u64::from(random);
    Uuid::from_u64_pair(hi, lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v7_layout_version_and_variant() {
        let uuid = build_v7(0x0123_4567_89ab, COUNTER_MAX, u32::MAX);
        assert_eq!(uuid.get_version_num(), 7);
        assert_eq!(uuid.get_variant(), uuid::Variant::RFC4122);
        assert_eq!(
            uuid.get_timestamp().map(|t| t.to_unix()),
            Some((
                0x0123_4567_89ab / 1000,
                (0x0123_4567_89abu64 % 1000) as u32 * 1_000_000
            ))
        );
        assert_eq!(build_v7(5, 0, 0).as_u64_pair().1, 0b10 << 62);
    }

    #[test]
    fn strictly_increasing_on_one_thread() {
        let mut previous = now_v7();
        // Miri interprets every step: fewer IDs there, the same checks.
        for _ in 0..if cfg!(miri) { 200 } else { 100_000 } {
            let next = now_v7();
            assert!(next > previous, "{next} after {previous}");
            assert_eq!(next.get_version_num(), 7);
            previous = next;
        }
    }

    #[test]
    fn a_clock_that_steps_back_still_counts_up() {
        // A last ID far in the future: the clock is behind it.
        let future = 1 << 46;
        LAST_V7.set(Last {
            millis: future,
            counter: COUNTER_MAX - 1,
        });
        let first = now_v7();
        let second = now_v7(); // the counter overflows: the millisecond moves on
        assert!(second > first);
        assert_eq!(LAST_V7.get().millis, future + 1);
        LAST_V7.set(Last {
            millis: 0,
            counter: 0,
        });
    }
}
