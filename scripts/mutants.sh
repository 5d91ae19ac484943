#!/usr/bin/env bash
# Measures the tests with cargo-mutants (TESTING.md has the scores and the surviving mutants): each scope below is
# mutated and tested as TESTING.md reports it. Installs cargo-mutants 27.1.0 first when it is missing. Not part of CI:
# a scope takes from ten minutes to over an hour on 2 busy cores.
#
#   bash scripts/mutants.sh grammar             # id-grammar, by its own tests
#   bash scripts/mutants.sh manifest            # id-manifest, by its own tests (unit and tests/testsuite)
#   bash scripts/mutants.sh runtime             # id-runtime's codec (the SSE2 decoder included), parse and
#                                               # prefix-word modules, by id-runtime's unit tests and tests/ files
#   bash scripts/mutants.sh runtime-integration # the mutants `runtime` missed, each applied in turn to the source
#                                               # tree and tested by the integration tests of the tests crate that
#                                               # parse and format (slow: each links it)
#
# Extra arguments go to cargo mutants (e.g. `--shard 1/2`, `-j 2`, `--iterate`). Output: mutants.out/ per scope
# under target/mutants/ (or CARGO_MUTANTS_OUTPUT); runtime-integration prints one CAUGHT or MISSED line a mutant.
set -euo pipefail
cd "$(dirname "$0")/.."

version=27.1.0
if ! cargo mutants --version 2>/dev/null | grep -qx "cargo-mutants $version"; then
  cargo install cargo-mutants --locked --version "$version"
fi

scope=${1:?usage: scripts/mutants.sh grammar|manifest|runtime|runtime-integration [cargo mutants arguments]}
shift
out=${CARGO_MUTANTS_OUTPUT:-target/mutants}/$scope

# The codec's `text.rs` (the writer of whole IDs) is another subject.
runtime_files=(--file id-runtime/src/codec/mod.rs --file id-runtime/src/codec/sse2.rs --file id-runtime/src/parse/mod.rs
  --file id-runtime/src/parse/prefix_word.rs)

case $scope in
grammar)
  cargo mutants -p id-grammar --test-package id-grammar -o "$out" "$@"
  ;;
manifest)
  cargo mutants -p id-manifest --test-package id-manifest -o "$out" "$@"
  ;;
runtime)
  # --lib and the tests/ files: the doctests build one crate each and would make each mutant minutes long.
  cargo mutants "${runtime_files[@]}" --test-package id-runtime \
    --cargo-test-arg=--lib --cargo-test-arg=--tests --timeout 30 -o "$out" "$@"
  ;;
runtime-integration)
  outcomes=${CARGO_MUTANTS_OUTPUT:-target/mutants}/runtime/mutants.out/outcomes.json
  if [ ! -s "$outcomes" ]; then
    echo "no $outcomes: run \`scripts/mutants.sh runtime\` first" >&2
    exit 2
  fi
  # cargo mutants' --test-package did not run another package's tests here (27.1.0 tested id-runtime instead), so
  # each missed mutant is applied to the source tree by its own diff, the tests run, and the file is restored.
  if ! git diff --quiet -- id-runtime/src; then
    echo "id-runtime/src has uncommitted changes: commit or stash them first" >&2
    exit 2
  fi
  trap 'git checkout -- id-runtime/src' EXIT
  dir=$(dirname "$outcomes")
  python3 - "$outcomes" <<'PY' | while IFS=$'\t' read -r file diff name; do
import json, sys
for outcome in json.load(open(sys.argv[1]))["outcomes"]:
    scenario = outcome["scenario"]
    if isinstance(scenario, dict) and outcome["summary"] == "MissedMutant":
        mutant = scenario["Mutant"]
        print(mutant["file"], outcome["diff_path"], mutant["name"], sep="\t")
PY
    patch -s "$file" <"$dir/$diff"
    if cargo test -q -p id-tests --test testsuite -- conformance:: differential:: fuzz_corpus:: roundtrip_props:: \
      binary_serde:: generated_api:: exhaustive_api:: many_kinds:: migration:: parse_shortcuts:: \
      >"$dir/integration-last.log" 2>&1; then
      echo "MISSED  $name"
    else
      echo "CAUGHT  $name"
    fi
    git checkout -- "$file"
  done
  ;;
*)
  echo "unknown scope $scope: grammar, manifest, runtime or runtime-integration" >&2
  exit 2
  ;;
esac
