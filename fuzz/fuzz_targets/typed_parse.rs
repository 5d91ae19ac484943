#![no_main]
//! Fuzz target: see `id_tests::fuzz_checks::typed_parse` for the invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| id_tests::fuzz_checks::typed_parse(data));
