//! Helpers shared by the areas.

use std::io::Write;

/// Says loudly, past the test harness's output capture, that a check did not run; under CI (`CI` set) a check that
/// CI must run fails instead.
pub fn skip(test: &str, reason: &str, required_in_ci: bool) {
    if required_in_ci && std::env::var_os("CI").is_some() {
        panic!("{test}: {reason}, and CI must run this check");
    }
    // Writing to the stderr handle directly is not captured by the test harness, unlike eprintln!.
    let _ = writeln!(std::io::stderr(), "\n!!! SKIPPED {test}: {reason} !!!\n");
}
