"""The tally every Python harness keeps: ``check(name, condition)`` and ``fail(message)`` as it goes, then
``finish()``, which prints each failure and the ``N passed, M failed`` line the Rust tests read, and exits non-zero
on any failure."""

import sys

passed = 0
failures = []


def check(name, condition):
    global passed
    if condition:
        passed += 1
    else:
        failures.append(name)


def fail(message):
    failures.append(message)


def finish():
    for failure in failures:
        print(f"FAILED: {failure}")
    print(f"{passed} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
