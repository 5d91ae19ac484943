#!/usr/bin/env bash
# Measures the tests with cargo-mutants (TESTING.md has the scores and the surviving mutants): each scope below is
# mutated and tested as TESTING.md reports it. Installs cargo-mutants 27.1.0 first when it is missing. Not part of CI:
# a scope takes from ten minutes to over an hour on 2 busy cores.
#
#   bash scripts/mutants.sh grammar             # id-grammar, by its own tests
#   bash scripts/mutants.sh manifest            # id-manifest, by its own tests (unit and tests/testsuite)
#   bash scripts/mutants.sh runtime             # id-runtime's codec, parse and prefix modules and the SSE2
#                                               # decoder, by id-runtime's unit tests and its tests/ files
#   bash scripts/mutants.sh runtime-integration # the mutants `runtime` missed, against the integration tests
#                                               # of the tests crate that parse and format (slow: each links it)
#
# Extra arguments go to cargo mutants (e.g. `--shard 1/2`, `-j 2`, `--iterate`). Output: mutants.out/ per scope
# under target/mutants/ (or CARGO_MUTANTS_OUTPUT).
set -euo pipefail
cd "$(dirname "$0")/.."

version=27.1.0
if ! cargo mutants --version 2>/dev/null | grep -qx "cargo-mutants $version"; then
  cargo install cargo-mutants --locked --version "$version"
fi

scope=${1:?usage: scripts/mutants.sh grammar|manifest|runtime|runtime-integration [cargo mutants arguments]}
shift
out=${CARGO_MUTANTS_OUTPUT:-target/mutants}/$scope

runtime_files=(--file id-runtime/src/codec.rs --file id-runtime/src/parse.rs --file id-runtime/src/prefix.rs
  --file id-runtime/src/unchecked.rs)
# unchecked.rs also holds `write_id` and the clock: only its decoder is in scope.
runtime_re='^id-runtime/src/(codec|parse|prefix)\.rs|unchecked\.rs:.*(decode|sse2::)'

case $scope in
grammar)
  cargo mutants -p id-grammar --test-package id-grammar -o "$out" "$@"
  ;;
manifest)
  cargo mutants -p id-manifest --test-package id-manifest -o "$out" "$@"
  ;;
runtime)
  # --lib and the tests/ files: the doctests build one crate each and would make each mutant minutes long.
  cargo mutants "${runtime_files[@]}" -F "$runtime_re" --test-package id-runtime \
    --cargo-test-arg=--lib --cargo-test-arg=--tests --timeout 30 -o "$out" "$@"
  ;;
runtime-integration)
  missed=${CARGO_MUTANTS_OUTPUT:-target/mutants}/runtime/mutants.out/missed.txt
  if [ ! -s "$missed" ]; then
    echo "no $missed: run \`scripts/mutants.sh runtime\` first" >&2
    exit 2
  fi
  # Only the mutants the first pass missed: their names, as regular expressions.
  filters=()
  while IFS= read -r name; do
    filters+=(-F "^$(printf '%s' "$name" | sed 's/[][\\.*^$(){}+?|]/\\&/g')\$")
  done <"$missed"
  cargo mutants "${runtime_files[@]}" "${filters[@]}" --test-package id-tests \
    --cargo-test-arg=--test=testsuite --timeout 120 -o "$out" "$@" -- \
    conformance:: differential:: fuzz_corpus:: roundtrip_props:: binary_serde:: generated_api:: exhaustive_api:: \
    many_kinds:: migration:: parse_shortcuts::
  ;;
*)
  echo "unknown scope $scope: grammar, manifest, runtime or runtime-integration" >&2
  exit 2
  ;;
esac
