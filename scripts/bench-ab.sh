#!/usr/bin/env bash
# A/B of the benchmark: the working tree (B) against a commit (A, HEAD unless given), their two binaries run in
# turn, A B A B …, each printing the targets' ratios on one line.
#
#   scripts/bench-ab.sh            # uncommitted changes against HEAD, 4 rounds
#   RUNS=6 scripts/bench-ab.sh main~2
#
# Why alternate: on a shared machine the same binary's ratios move by 10-20% from one minute to the next, more
# than most changes worth measuring; runs of the two builds side by side see the same spells. Why two binaries
# rather than one with both versions: the ratios also move when the linker places a loop elsewhere, so each side
# is the build a user would get.
#
# A is built in a git worktree at target/bench-ab/a (its own target directory, target/bench-ab/target, so the
# first run builds every dependency once); the script removes the worktree it made and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
ref=${1:-HEAD}
runs=${RUNS:-4}
dir="$root/target/bench-ab"

# Builds the benchmark in $1 and prints the path of its binary.
build() {
  local out
  out=$(cd "$1" && CARGO_TARGET_DIR="$2" IDS_BENCH_TABLE_ONLY=1 cargo bench -p id-benches --no-run 2>&1) || {
    echo "$out" >&2
    exit 1
  }
  local path
  path=$(echo "$out" | sed -n 's/.*Executable benches\/compare\/main.rs (\(.*\))/\1/p' | tail -1)
  case "$path" in
    /*) echo "$path" ;;
    *) echo "$1/$path" ;;
  esac
}

mkdir -p "$dir"
if [ -e "$dir/a" ]; then
  echo "error: $dir/a exists (a run that did not finish?); remove it with: git worktree remove --force $dir/a" >&2
  exit 1
fi
git worktree add --quiet --detach "$dir/a" "$ref"
trap 'git worktree remove --force "$dir/a"' EXIT

echo "building B (the working tree) and A ($ref)" >&2
b=$(build "$root" "${CARGO_TARGET_DIR:-$root/target}")
a=$(build "$dir/a" "$dir/target")
cp "$a" "$dir/bench-a"
cp "$b" "$dir/bench-b"

echo "columns: typed parse (RunId::parse, s.parse), wrong prefix (both), bad last character (both), AnyId 1000"
echo "mixed, format into a buffer, to_string, new(), serde_json round trip"
for _ in $(seq "$runs"); do
  for side in a b; do
    IDS_BENCH_TABLE_ONLY=1 "$dir/bench-$side" --bench 2>/dev/null >"$dir/out-$side.md"
    printf '%s ' "${side^^}"
    grep -E '^\| (typed parse|wrong-prefix|bad last|`AnyId` over|format into|`to_string`|`new\(\)`|serde_json round trip) .* \| ≤' \
      "$dir/out-$side.md" | awk -F'|' '{ printf "%s", $3 }'
    echo
  done
done
