#!/usr/bin/env bash
# Times a cold `cargo test --workspace` in a fresh target directory, split into compiling the tests, the trybuild
# UI run and the rest, with the core count and load beside each phase (on a shared machine the wall-clock times are
# noisy: compare runs at similar load, or their CPU times).
# Usage: scripts/test-timing.sh [EMPTY_TARGET_DIR]; the directory, with each phase's log, is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-$(mktemp -d -t ids-test-timing.XXXXXX)}
mkdir -p "$target"
if [ -n "$(ls -A "$target")" ]; then
  echo "$target is not empty: a cold run needs a fresh target directory" >&2
  exit 2
fi
export CARGO_TARGET_DIR=$target

load() { cut -d' ' -f1-3 /proc/loadavg; }
total=0
cpu_total=0
# phase NAME COMMAND...: runs COMMAND, logs it to $target/NAME.log, prints its wall-clock and CPU time (user + sys of
# every process it started: on a busy machine the wall-clock grows with the load, the CPU time much less).
phase() {
  local name=$1 before times wall user sys
  shift
  before=$(load)
  if ! times=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$target/$name.log" 2>&1; } 2>&1); then
    echo "$name failed: see $target/$name.log" >&2
    exit 1
  fi
  read -r wall user sys <<<"$times"
  total=$(awk -v a="$total" -v b="$wall" 'BEGIN { print a + b }')
  cpu_total=$(awk -v a="$cpu_total" -v b="$user" -v c="$sys" 'BEGIN { print a + b + c }')
  printf '%-9s %7.1f s wall %8.1f s CPU   (load before %s, after %s)\n' "$name" "$wall" \
    "$(awk -v b="$user" -v c="$sys" 'BEGIN { print b + c }')" "$before" "$(load)"
}

echo "cold cargo test --workspace in $target, on $(nproc) cores"
phase compile cargo test --workspace --no-run
# `--workspace` as in the compile phase: with `-p id-tests` alone, cargo unifies features differently and builds
# id-runtime and sqlx again, which a plain `cargo test --workspace` does not.
phase trybuild cargo test --workspace --test testsuite -- ui::
phase rest cargo test --workspace -- --skip ui::
printf '%-9s %7.1f s wall %8.1f s CPU\n' total "$total" "$cpu_total"
