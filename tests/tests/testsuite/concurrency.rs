//! `new()` from many threads at once: strictly increasing within the process, on each thread and across threads,
//! and no two IDs equal. See `id-runtime/src/generate.rs` for the exact guarantee.

use std::sync::Mutex;
use std::thread;

use id_tests::ids::RunId;

const THREADS: usize = 8;
const PER_THREAD: usize = 100_000;

#[test]
fn eight_threads_make_distinct_ids_that_increase_on_each_thread() {
    let per_thread: Vec<Vec<RunId>> = thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|_| scope.spawn(|| (0..PER_THREAD).map(|_| RunId::new()).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().expect("a generating thread panicked"))
            .collect()
    });

    for (thread, ids) in per_thread.iter().enumerate() {
        for pair in ids.windows(2) {
            assert!(
                pair[0] < pair[1],
                "thread {thread}: {} is not after {}",
                pair[1],
                pair[0]
            );
        }
        // Text order is the same as `Uuid` order, so sorted logs and database columns agree.
        let first = ids[0].to_string();
        let last = ids[PER_THREAD - 1].to_string();
        assert!(first < last, "thread {thread}: {last} sorts before {first}");
    }

    let mut all: Vec<RunId> = per_thread.into_iter().flatten().collect();
    all.sort_unstable();
    let before = all.len();
    all.dedup();
    assert_eq!(all.len(), before, "duplicate IDs across threads");
    assert_eq!(before, THREADS * PER_THREAD);
}

/// Monotonic within the process, not only per thread: an ID made after another (here, ordered by a lock that the
/// threads take in turn) is greater, whichever thread made either. A per-thread generator fails this within the
/// first millisecond two threads share.
#[test]
fn ids_made_one_after_another_on_different_threads_increase() {
    const ROUNDS: usize = 20_000;
    let log: Mutex<Vec<(usize, RunId)>> = Mutex::new(Vec::with_capacity(THREADS * ROUNDS));
    thread::scope(|scope| {
        for thread in 0..THREADS {
            let log = &log;
            scope.spawn(move || {
                for _ in 0..ROUNDS {
                    let mut log = log.lock().expect("no thread panics holding the lock");
                    log.push((thread, RunId::new()));
                }
            });
        }
    });
    let log = log.into_inner().expect("no thread panicked");
    assert_eq!(log.len(), THREADS * ROUNDS);
    let switches = log.windows(2).filter(|pair| pair[0].0 != pair[1].0).count();
    assert!(
        switches > 0,
        "the threads never interleaved: nothing was tested"
    );
    for pair in log.windows(2) {
        let ((before_thread, before), (after_thread, after)) = (pair[0], pair[1]);
        assert!(
            before < after,
            "{after} (thread {after_thread}) was made after {before} (thread {before_thread}) but is not greater"
        );
    }
}

#[test]
fn every_new_id_is_a_version_7_uuid_with_the_current_time() {
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_millis();
    let id = RunId::new();
    let (seconds, nanos) = id
        .uuid()
        .get_timestamp()
        .expect("a v7 UUID has a timestamp")
        .to_unix();
    let millis = u128::from(seconds) * 1000 + u128::from(nanos / 1_000_000);
    assert_eq!(id.uuid().get_version_num(), 7);
    // The generator never goes below the last millisecond it used, which may be this one or the next.
    assert!(
        millis >= before && millis <= before + 1000,
        "{millis} vs {before}"
    );
}
