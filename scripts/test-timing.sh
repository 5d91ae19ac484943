#!/usr/bin/env bash
# Times a cold `cargo test --workspace` in a fresh target directory, split into compiling the tests, the trybuild
# UI run and the rest, with the core count and load beside each phase (on a shared machine the numbers are noisy:
# compare runs at similar load). Usage: scripts/test-timing.sh [EMPTY_TARGET_DIR]; it keeps the directory and the
# phases' logs in it.
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
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
total=0
# phase NAME COMMAND...: runs COMMAND, logs it to $target/NAME.log, prints its time.
phase() {
  local name=$1 start elapsed
  shift
  local before
  before=$(load)
  start=$(date +%s%N)
  if ! "$@" >"$target/$name.log" 2>&1; then
    echo "$name failed: see $target/$name.log" >&2
    exit 1
  fi
  elapsed=$((($(date +%s%N) - start) / 1000000))
  total=$((total + elapsed))
  printf '%-9s %6s s   (load before %s, after %s)\n' "$name" "$(seconds "$elapsed")" "$before" "$(load)"
}

echo "cold cargo test --workspace in $target, on $(nproc) cores"
phase compile cargo test --workspace --no-run
phase trybuild cargo test -p id-tests --test testsuite -- ui::
phase rest cargo test --workspace -- --skip ui::
printf '%-9s %6s s\n' total "$(seconds "$total")"
