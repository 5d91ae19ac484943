//! `AnyId`'s prefix lookup for large manifests: a two-choice (cuckoo) hash table built at compile time.
//!
//! For a few dozen kinds, `AnyId::parse` matches the prefix bytes in a decision tree that rustc generates (length,
//! then one byte at a time), which costs a couple of ns while the branch predictor knows the way. With hundreds of
//! kinds in mixed order it does not: every level of the tree mispredicts. For large manifests (the threshold is
//! `id-macros`' choice) the generated code looks the prefix up here instead. Every prefix sits in one of two slots
//! that its hash names, so a lookup reads both and compares both keys without a branch: the only branch left is
//! "found or not", which the predictor gets right whatever the order of the IDs. (Linear probing, before, took a
//! data-dependent number of probes and mispredicted its loop about once per lookup in mixed order.)
//!
//! The table is a `static` of the generated code, built by [`PrefixTable::new`] during compilation, so the hash
//! that built it and the hash that reads it are the same function.

/// The slots of a table for `prefixes` prefixes: a power of two, at least four times as many, which keeps a
/// two-choice table far below the load (one half) where building it can fail.
pub const fn slots_for(prefixes: usize) -> usize {
    (prefixes * 4).next_power_of_two()
}

/// Prefix → its position in the list it was built from (`N` prefixes, `SLOTS` a power of two, see [`slots_for`]).
pub struct PrefixTable<const SLOTS: usize, const N: usize> {
    /// The position in the prefix list of the prefix in each slot; 0 for an empty slot too (see [`Self::find`]).
    slots: [u16; SLOTS],
    /// Each prefix's key: what a lookup compares, without reading the prefix's bytes again.
    keys: [Key; N],
    /// Mixed into every hash: the first seed for which every prefix found a slot.
    seed: u64,
}

/// The first eight bytes of a prefix (zero-padded), its last eight when it is longer than eight, and its length.
/// Two prefixes of at most 16 bytes are equal exactly when their keys are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Key {
    first: u64,
    last: u64,
    len: usize,
}

/// Kicks before building with one seed gives up and tries the next.
const MAX_KICKS: usize = 512;

impl Key {
    /// The key of `prefix`, in a `const`.
    const fn of(prefix: &[u8]) -> Key {
        let len = prefix.len();
        Key {
            first: word(prefix, 0),
            last: if len > 8 { word(prefix, len - 8) } else { 0 },
            len,
        }
    }

    /// The key of `input[..len]`, read with 8-byte loads when `input` has at least eight bytes (an ID always
    /// has): the same key as [`Key::of`], which a test checks for every length.
    #[inline(always)]
    fn of_start(input: &[u8], len: usize) -> Key {
        let prefix = input.get(..len).unwrap_or(input);
        let Some(head) = input.first_chunk::<8>() else {
            return Key::of(prefix);
        };
        let first = match prefix.len() {
            len @ 0..8 => u64::from_le_bytes(*head) & ((1u64 << (8 * len)) - 1),
            _ => u64::from_le_bytes(*head),
        };
        let last = match prefix.last_chunk::<8>() {
            Some(tail) if prefix.len() > 8 => u64::from_le_bytes(*tail),
            _ => 0,
        };
        Key {
            first,
            last,
            len: prefix.len(),
        }
    }

    /// Whether two keys are equal, without a branch.
    #[inline(always)]
    const fn same(&self, other: &Key) -> bool {
        (self.first ^ other.first) | (self.last ^ other.last) | (self.len ^ other.len) as u64 == 0
    }

    /// The key's two slots: the key mixed with the seed by one multiplication, whose top bits pick the first slot;
    /// a second multiplication of that picks the other.
    #[inline(always)]
    const fn slots(&self, seed: u64, slots: usize) -> (usize, usize) {
        let mixed = (self.first ^ self.last.rotate_left(29) ^ self.len as u64 ^ seed)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let again = (mixed ^ (mixed >> 31)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
        // `slots` is a power of two of at least 2, so the shift is between 1 and 63.
        let shift = 64 - slots.trailing_zeros();
        ((mixed >> shift) as usize, (again >> shift) as usize)
    }
}

impl<const SLOTS: usize, const N: usize> PrefixTable<SLOTS, N> {
    /// The table of `prefixes` (`N` distinct prefixes, fewer than 65,535), built in a `static`.
    ///
    /// A list that breaks those rules (which the manifest checks) fails the build: evaluating the `static`
    /// panics, which the compiler reports as an error; it never happens at run time.
    pub const fn new(prefixes: &[&str]) -> Self {
        assert!(SLOTS.is_power_of_two() && SLOTS >= 2 && SLOTS >= 2 * N && N < u16::MAX as usize);
        assert!(prefixes.len() == N);
        let mut keys = [Key {
            first: 0,
            last: 0,
            len: 0,
        }; N];
        let mut index = 0;
        while index < N {
            keys[index] = Key::of(prefixes[index].as_bytes());
            index += 1;
        }
        let mut seed = 0;
        loop {
            if let Some(mut slots) = Self::place(prefixes, &keys, seed) {
                // Built with positions plus one (0 for empty); looked up with positions, empty slots at 0.
                let mut slot = 0;
                while slot < SLOTS {
                    slots[slot] = slots[slot].saturating_sub(1);
                    slot += 1;
                }
                return PrefixTable { slots, keys, seed };
            }
            seed += 1;
        }
    }

    /// Every key in one of its two slots (cuckoo insertion: a key whose slots are both taken takes one and moves
    /// the key it displaced to that key's other slot), or `None` when this seed needs too many moves.
    const fn place(prefixes: &[&str], keys: &[Key; N], seed: u64) -> Option<[u16; SLOTS]> {
        let mut slots = [0u16; SLOTS];
        let mut index = 0;
        while index < N {
            let mut moving = index as u16 + 1;
            let (mut slot, other) = keys[index].slots(seed, SLOTS);
            // A prefix listed twice has the same two slots as its first listing, which is in one of them.
            let mut check = 0;
            while check < 2 {
                let held = slots[if check == 0 { slot } else { other }];
                assert!(
                    held == 0
                        || !equal(
                            prefixes[held as usize - 1].as_bytes(),
                            prefixes[index].as_bytes()
                        ),
                    "a prefix is listed twice"
                );
                check += 1;
            }
            let mut kicks = 0;
            loop {
                let resident = slots[slot];
                slots[slot] = moving;
                if resident == 0 {
                    break;
                }
                kicks += 1;
                if kicks > MAX_KICKS {
                    return None;
                }
                // The displaced key goes to whichever of its slots it was not in.
                let (first, second) = keys[resident as usize - 1].slots(seed, SLOTS);
                slot = if first == slot { second } else { first };
                moving = resident;
            }
            index += 1;
        }
        Some(slots)
    }

    /// The position of `input[..len]` in the list the table was built from (`prefixes` must be that list).
    ///
    /// `input` is the whole ID, so that the key is read with 8-byte loads whatever the prefix's length.
    #[inline(always)]
    pub fn find(&self, prefixes: &[&str], input: &[u8], len: usize) -> Option<usize> {
        if N == 0 {
            return None;
        }
        let key = Key::of_start(input, len);
        let (first, second) = key.slots(self.seed, SLOTS);
        // Both slots are read and both keys compared; the choice is arithmetic, not a branch. An empty slot holds
        // position 0 like the first prefix's slot: whichever it is, a key that matches `keys[0]` is that prefix.
        let candidate = |slot: usize| {
            let held = usize::from(self.slots[slot & (SLOTS - 1)]).min(N - 1);
            (held, self.keys[held].same(&key))
        };
        let (in_first, first_matches) = candidate(first);
        let (in_second, second_matches) = candidate(second);
        let position =
            in_second ^ ((in_first ^ in_second) & usize::from(first_matches).wrapping_neg());
        if !(first_matches | second_matches) {
            return None;
        }
        // Keys decide for prefixes of at most 16 bytes; longer ones are compared in full.
        if len > 16 && prefixes.get(position)?.as_bytes() != input.get(..len)? {
            return None;
        }
        Some(position)
    }
}

/// Up to eight bytes of `bytes` from `start`, little-endian, zero-padded.
const fn word(bytes: &[u8], start: usize) -> u64 {
    let mut word = 0u64;
    let mut i = 0;
    while i < 8 && start + i < bytes.len() {
        word |= (bytes[start + i] as u64) << (8 * i);
        i += 1;
    }
    word
}

/// `a == b`, in a `const`.
pub(crate) const fn equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_prefix_is_found_and_nothing_else() {
        // Miri interprets every step: 100 generated prefixes there, 1000 elsewhere.
        const GENERATED: usize = if cfg!(miri) { 100 } else { 1000 };
        const N: usize = GENERATED + 8;
        let long = "d".repeat(22);
        let owned: Vec<String> = (0..GENERATED)
            .map(|i| format!("kind_{}_{i}", ["a", "bb", "ccc", long.as_str()][i % 4]))
            .chain(
                [
                    "a",
                    "ab",
                    "abcdefgh",
                    "abcdefghi",
                    "abcdefghijklmno",
                    "abcdefghijklmnop",
                    "run",
                    "user",
                ]
                .map(String::from),
            )
            .collect();
        let prefixes: Vec<&str> = owned.iter().map(String::as_str).collect();
        let table = PrefixTable::<{ slots_for(N) }, N>::new(&prefixes);
        let find = |prefix: &str| {
            let input = format!("{prefix}_01h455vb4pex5vsknk084sn02q");
            table.find(&prefixes, input.as_bytes(), prefix.len())
        };
        for (position, prefix) in prefixes.iter().enumerate() {
            assert_eq!(find(prefix), Some(position), "{prefix}");
        }
        let absent = [
            "",
            "b",
            "abcdefg",
            "abcdefghij",
            "kind_a_1000",
            "kind_a_0x",
            "ru",
            "runs",
            "usr",
            // The same bytes as a listed prefix, then NUL: only the length in the key tells them apart.
            "ab\0",
            "abcdefgh\0",
            "abcdefghijklmn\0",
            "abcdefghijklmno\0",
            "abcdefghijklmnoq",
            "abcdefghijklmnopq",
        ];
        for prefix in absent {
            assert_eq!(find(prefix), None, "{prefix}");
        }
        // Same first and last eight bytes and length as a listed prefix: only the full comparison tells.
        let listed = format!("kind_{long}_3");
        let lookalike = "kind_dddddddddxdddddddddddd_3";
        assert!(prefixes.contains(&listed.as_str()));
        assert_eq!(lookalike.len(), listed.len());
        assert_eq!(Key::of(lookalike.as_bytes()), Key::of(listed.as_bytes()));
        assert_eq!(find(lookalike), None);
    }

    #[test]
    fn the_fast_key_is_the_const_key() {
        let input = b"abcdefghijklmnopqrstuvwxyz_0123456789";
        for len in 0..=input.len() {
            assert_eq!(Key::of_start(input, len), Key::of(&input[..len]), "{len}");
        }
        // Inputs shorter than eight bytes take the byte loop; a length past the end keeps the whole input.
        for len in 0..=3 {
            assert_eq!(Key::of_start(b"abc", len), Key::of(&b"abc"[..len]), "{len}");
        }
        assert_eq!(Key::of_start(b"abc", 9), Key::of(b"abc"));
    }

    #[test]
    fn a_table_is_a_compile_time_constant() {
        const PREFIXES: &[&str] = &["run", "user", "txn", "job"];
        static TABLE: PrefixTable<{ slots_for(4) }, 4> = PrefixTable::new(PREFIXES);
        assert_eq!(
            TABLE.find(PREFIXES, b"job_01h455vb4pex5vsknk084sn02q", 3),
            Some(3)
        );
        assert_eq!(
            TABLE.find(PREFIXES, b"jobs_01h455vb4pex5vsknk084sn02q", 4),
            None
        );
        assert_eq!(slots_for(4), 16);
        assert_eq!(slots_for(1000), 4096);
    }
}
