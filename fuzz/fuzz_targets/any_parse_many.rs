#![no_main]
//! Fuzz target: see `id_tests::fuzz_checks::any_parse_many` for the invariants (the hash-table dispatch of a
//! 102-kind manifest against a plain reading of it).

libfuzzer_sys::fuzz_target!(|data: &[u8]| id_tests::fuzz_checks::any_parse_many(data));
