//! New IDs: UUIDv7 (time-ordered) or UUIDv4, from a cryptographically secure random source.
//!
//! v7 IDs come from one process-wide generator: a single atomic word holding the last millisecond used and a
//! counter, advanced with one compare-and-swap per ID. [`Uuid::now_v7`] keeps the same kind of state behind a
//! mutex (a lock and an unlock per ID); the atomic is cheaper and never blocks.
//!
//! The guarantee, exactly:
//! - **Strictly increasing within the process.** Every ID is greater than every ID made before it in the process
//!   (as `Uuid`, as bytes, and as TypeID text), whichever threads made them: the state only moves forward, and
//!   each ID is made from the state its compare-and-swap installed. This holds when the clock stands still or
//!   steps back: the generator then counts on from the last millisecond it used.
//! - **Unguessable.** Each ID carries 58 fresh random bits, and the counter starts each millisecond at 15 random
//!   bits, so neither the next ID nor another process's IDs can be predicted from one ID.
//! - **Unique across processes with UUIDv7's collision resistance:** two processes collide only if millisecond,
//!   counter and 58 random bits all match.
//!
//! Layout (RFC 9562 §6.2, method 1, "fixed-length dedicated counter"): 48 bits of Unix milliseconds, version 7,
//! the counter's top 12 bits (`rand_a`), the variant, the counter's low 4 bits, 58 random bits. The counter is 16
//! bits; it starts each millisecond below 2^15, so at least 32,768 IDs fit in a millisecond before the generator
//! borrows the next one (RFC 9562 allows that; the timestamp then runs ahead of the clock until the clock catches
//! up). Random bits come from `rand`'s `ThreadRng`: ChaCha12 seeded from the operating system (in the browser,
//! `crypto.getRandomValues`) and reseeded every 64 KiB of output (as for `uuid`'s `fast-rng`, a forked child shares
//! its parent's generator state until the next reseed). v4 IDs are 122 bits of the same source.

use std::sync::atomic::{AtomicU64, Ordering};

use rand::Rng;
use uuid::Uuid;

use crate::UuidVersion;

/// Bits of the counter, below the millisecond in [`STATE`].
const COUNTER_BITS: u32 = 16;

/// The largest counter value.
const COUNTER_MAX: u64 = (1 << COUNTER_BITS) - 1;

/// Each millisecond's counter starts at 15 random bits, leaving at least 2^15 increments before it overflows.
const SEED_MASK: u64 = (1 << (COUNTER_BITS - 1)) - 1;

/// The millisecond (high 48 bits) and counter (low 16 bits) of the last v7 ID made in this process.
///
/// Only compare-and-swap writes it, always to a greater value, so its modification order is the order of the IDs.
/// `Relaxed` is enough: the IDs' order comes from that single atomic's modification order; no other memory is
/// published through it.
static STATE: AtomicU64 = AtomicU64::new(0);

/// A new UUID of the given version.
#[inline]
pub(crate) fn generate(version: UuidVersion) -> Uuid {
    match version {
        UuidVersion::V7 => now_v7(),
        UuidVersion::V4 => new_v4(),
    }
}

/// A UUIDv4: 16 random bytes with the version and variant bits set (RFC 9562 §5.4).
fn new_v4() -> Uuid {
    let mut bytes = [0; 16];
    rand::rng().fill_bytes(&mut bytes);
    uuid::Builder::from_random_bytes(bytes).into_uuid()
}

/// A UUIDv7, strictly greater than every UUIDv7 this process made before.
pub(crate) fn now_v7() -> Uuid {
    let mut rng = rand::rng();
    let random = rng.next_u64();
    let now = unix_millis();
    let mut current = STATE.load(Ordering::Relaxed);
    loop {
        let next = next_state(current, now, || rng.next_u64() & SEED_MASK);
        match STATE.compare_exchange_weak(current, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return build_v7(next >> COUNTER_BITS, next & COUNTER_MAX, random),
            Err(actual) => current = actual,
        }
    }
}

/// The state after `current` for an ID made at `now`: a new millisecond starts a freshly seeded counter; the same
/// millisecond, or a clock behind the last ID, counts on; a full counter borrows the next millisecond.
#[inline]
fn next_state(current: u64, now: u64, seed: impl FnOnce() -> u64) -> u64 {
    let (millis, counter) = (current >> COUNTER_BITS, current & COUNTER_MAX);
    if now > millis {
        (now << COUNTER_BITS) | seed()
    } else if counter < COUNTER_MAX {
        current + 1
    } else {
        ((millis + 1) << COUNTER_BITS) | seed()
    }
}

/// Milliseconds since the Unix epoch, at most 48 bits (0 for a clock before the epoch, which then only counts up).
#[inline]
fn unix_millis() -> u64 {
    // 48 bits of milliseconds last until the year 10889.
    crate::clock::unix_millis().unwrap_or(0) & 0xFFFF_FFFF_FFFF
}

/// `millis` (48 bits) | 7 | counter's top 12 bits | variant `10` | counter's low 4 bits | 58 random bits.
#[inline]
fn build_v7(millis: u64, counter: u64, random: u64) -> Uuid {
    let hi = ((millis & 0xFFFF_FFFF_FFFF) << 16) | (0x7 << 12) | (counter >> 4);
    let lo = (0b10 << 62) | ((counter & 0xF) << 58) | (random >> 6);
    Uuid::from_u64_pair(hi, lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v7_layout_version_and_variant() {
        let uuid = build_v7(0x0123_4567_89ab, COUNTER_MAX, u64::MAX);
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
        // Every counter bit lands above every random bit, and the counter orders the IDs.
        // Every counter value natively; a sample under Miri, which interprets each step.
        for counter in (0..COUNTER_MAX).step_by(if cfg!(miri) { 251 } else { 1 }) {
            assert!(build_v7(9, counter + 1, 0) > build_v7(9, counter, u64::MAX));
        }
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
    fn the_state_only_moves_forward() {
        let state = |millis: u64, counter: u64| (millis << COUNTER_BITS) | counter;
        let no_seed = || -> u64 { panic!("no new millisecond here") };
        // A new millisecond: a fresh seed.
        assert_eq!(next_state(state(10, 500), 11, || 7), state(11, 7));
        // The same millisecond, and a clock that stepped back: count on.
        assert_eq!(next_state(state(10, 500), 10, no_seed), state(10, 501));
        assert_eq!(next_state(state(10, 500), 3, no_seed), state(10, 501));
        // A full counter borrows the next millisecond, even with the clock behind.
        assert_eq!(next_state(state(10, COUNTER_MAX), 10, || 7), state(11, 7));
        assert_eq!(next_state(state(10, COUNTER_MAX), 0, || 0), state(11, 0));
        // Whatever the clock says, the next state is greater.
        for now in [0, 9, 10, 11, 1 << 47] {
            for counter in [0, 1, SEED_MASK, COUNTER_MAX - 1, COUNTER_MAX] {
                let current = state(10, counter);
                assert!(next_state(current, now, || SEED_MASK) > current);
                assert!(next_state(current, now, || 0) > current);
            }
        }
    }
}
