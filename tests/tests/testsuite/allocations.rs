//! Parsing, rejecting, formatting into a buffer and `new()` never touch the heap: counted, not timed.
//!
//! This module installs the test binary's global allocator: it forwards to the system allocator and counts the
//! allocations made by the current thread, so the other tests, which run on other threads of the same binary,
//! cannot disturb the count.

// `GlobalAlloc` is an `unsafe` trait: the impl below only forwards each call, unchanged, to `System`.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;

use id_runtime::{DynamicId, IdBuf, Uuid};
use id_tests::ids::{AnyId, IdType, RunId, UserId};

struct Counting;

thread_local! {
    // A const-initialized `Cell` has no destructor and needs no lazy initialization, so the allocator can use it
    // without allocating itself.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every method forwards its arguments unchanged to `System`, which upholds the `GlobalAlloc` contract;
// counting touches only a thread-local `Cell`.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.set(ALLOCATIONS.get() + 1);
        // SAFETY: the caller's guarantees for `alloc` are passed on as they are.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.set(ALLOCATIONS.get() + 1);
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.set(ALLOCATIONS.get() + 1);
        // SAFETY: `ptr` and `layout` come from this allocator, which got them from `System`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `realloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `f` made on this thread.
fn allocations<R>(f: impl FnOnce() -> R) -> usize {
    let before = ALLOCATIONS.get();
    black_box(f());
    ALLOCATIONS.get() - before
}

const RUN: &str = "run_01h455vb4pex5vsknk084sn02q";
/// The value of `RUN`, built without parsing (and without allocating).
const RUN_ID: RunId = RunId::from_uuid(Uuid::from_u128(0x0189_0a5d_ac96_774b_bcce_b302_099a_8057));

/// A named operation that returns whether it gave the expected result.
type Case = (&'static str, fn() -> bool);

#[test]
fn the_counter_sees_allocations() {
    assert_eq!(allocations(|| String::from("heap")), 1);
    let id = RunId::new();
    assert_eq!(allocations(|| id.to_string()), 1);
}

#[test]
fn parsing_and_rejecting_never_allocate() {
    let cases: &[Case] = &[
        ("RunId::parse, valid", || {
            RunId::parse(black_box(RUN)) == Ok(RUN_ID)
        }),
        ("RunId::parse, another kind's prefix", || {
            RunId::parse(black_box("txn_01h455vb4pex5vsknk084sn02q")).is_err()
        }),
        ("UserId::parse, a long wrong prefix", || {
            UserId::parse(black_box(
                "a_very_long_prefix_of_another_kind_01h455vb4pex5vsknk084sn02q",
            ))
            .is_err()
        }),
        ("RunId::parse, bad last character", || {
            RunId::parse(black_box("run_01h455vb4pex5vsknk084sn02u")).is_err()
        }),
        ("RunId::parse, uppercase", || {
            RunId::parse(black_box("RUN_01H455VB4PEX5VSKNK084SN02Q")).is_err()
        }),
        ("RunId::parse, too short", || {
            RunId::parse(black_box("run_01h4")).is_err()
        }),
        ("AnyId::parse, valid", || {
            AnyId::parse(black_box(RUN)) == Ok(AnyId::Run(RUN_ID))
        }),
        ("AnyId::parse, unknown prefix", || {
            AnyId::parse(black_box("usr_01h455vb4pex5vsknk084sn02q")).is_err()
        }),
        ("AnyId::parse, bare UUID", || {
            AnyId::parse(black_box("01890a5d-ac96-774b-bcce-b302099a8057")).is_err()
        }),
        ("IdType::of", || {
            IdType::of(black_box(RUN)) == Ok(IdType::Run)
        }),
        ("DynamicId::parse, valid", || {
            DynamicId::parse(black_box(RUN)) == Ok(DynamicId::from(RUN_ID))
        }),
        ("DynamicId::parse, invalid prefix", || {
            DynamicId::parse(black_box("Run_01h455vb4pex5vsknk084sn02q")).is_err()
        }),
        ("str::parse::<RunId>", || {
            black_box(RUN).parse::<RunId>() == Ok(RUN_ID)
        }),
    ];
    for (what, case) in cases {
        assert!(case(), "{what}: unexpected result");
        assert_eq!(allocations(case), 0, "{what} allocated");
    }
}

#[test]
fn formatting_into_a_buffer_never_allocates() {
    let id = RunId::parse(RUN).unwrap();
    let any = AnyId::from(id);
    let dynamic = DynamicId::from(id);
    let mut buf = IdBuf::new();
    assert_eq!(allocations(|| id.encode(&mut buf).len()), 0);
    assert_eq!(allocations(|| any.encode(&mut buf).len()), 0);
    assert_eq!(allocations(|| dynamic.encode(&mut buf).len()), 0);

    // `Display` writes into whatever it is given: a `String` with room allocates nothing more.
    let mut text = String::with_capacity(256);
    assert_eq!(
        allocations(|| {
            text.clear();
            write!(text, "{id} {any} {dynamic} {id:?} {:>40}", id).is_ok()
        }),
        0
    );
    assert!(text.starts_with(RUN));

    // So do the errors, which quote the input inline.
    let error = RunId::parse("txn_01h455vb4pex5vsknk084sn02q").unwrap_err();
    assert_eq!(
        allocations(|| {
            text.clear();
            write!(text, "{error}").is_ok()
        }),
        0
    );
}

#[test]
fn new_never_allocates_once_the_thread_is_set_up() {
    // The first call on a thread sets up `rand`'s thread-local generator, which allocates once (it is
    // reference-counted); that is per thread, not per ID, so it is left out here.
    let first = RunId::new();
    assert_eq!(
        allocations(|| {
            let mut last = first;
            for _ in 0..1000 {
                let next = RunId::new();
                assert!(next > last);
                last = next;
            }
            last
        }),
        0
    );
}

#[test]
fn a_link_allocates_only_the_string_it_returns() {
    // The root ids.toml: `link = "https://admin.example.com/runs/{id}"` for `run`, none for `user`.
    let expected = format!("https://admin.example.com/runs/{RUN}");
    let mut link = None;
    assert_eq!(allocations(|| link = RUN_ID.link()), 1);
    let link = link.unwrap();
    assert_eq!(link, expected);
    assert_eq!(
        link.capacity(),
        link.len(),
        "one allocation, at its final size"
    );

    let any = AnyId::from(RUN_ID);
    let mut any_link = None;
    assert_eq!(allocations(|| any_link = any.link()), 1);
    assert_eq!(any_link.as_deref(), Some(expected.as_str()));

    let user = UserId::from_uuid(RUN_ID.uuid());
    assert_eq!(allocations(|| user.link()), 0, "no link, no allocation");
    assert_eq!(user.link(), None);
}
