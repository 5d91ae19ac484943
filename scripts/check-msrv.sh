#!/usr/bin/env bash
# Proves `rust-version`: the oldest Rust the published crates claim (Cargo.toml's workspace.package) builds them.
#
# With that toolchain (installed with rustup when missing), and with dependencies resolved as cargo's MSRV-aware
# resolver resolves them for a user on it (no Cargo.lock, no rust-toolchain.toml pin):
# 1. `cargo check` of the default features of every published crate, in a copy of them as a workspace of their own;
# 2. `cargo run` of tests/outside-crates/msrv, a user's crate with `#[ids("kinds.toml")]`.
# What each integration feature needs beyond that is its crate's own minimum, listed in docs/integrations.md.
#
#   bash scripts/check-msrv.sh              # the two steps above (CI)
#   bash scripts/check-msrv.sh --features   # instead: `cargo check -p id-runtime --features F` on the toolchain
#                                           # docs/integrations.md's table names for each feature F (installs up to
#                                           # five toolchains; about 10 minutes cold, so not part of CI)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
published=(id-grammar id-manifest id-macros id-build id-runtime id-cli)

version=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
if [ -z "$version" ]; then
  echo "error: no rust-version in Cargo.toml's [workspace.package]" >&2
  exit 1
fi
if ! rustup run "$version" rustc --version >/dev/null 2>&1; then
  echo "installing Rust $version (rustup, minimal profile)"
  rustup toolchain install "$version" --profile minimal --no-self-update
fi
echo "rust-version = $version: $(rustup run "$version" rustc --version)"

# Builds share one directory below the workspace's target, so a second run compiles only what changed.
export CARGO_TARGET_DIR="$root/target/msrv"
copy=$(mktemp -d "${TMPDIR:-/tmp}/ids-msrv.XXXXXX")
trap 'rm -rf "$copy"' EXIT
for crate in "${published[@]}"; do
  cp -R "$crate" "$copy/$crate"
done
cp LICENSE-APACHE LICENSE-MIT README.md "$copy/"
# The workspace manifest with only the published crates as members, so no test or bench dependency is resolved.
members=$(printf '"%s", ' "${published[@]}")
sed "s/^members = .*/members = [${members%, }]/" Cargo.toml >"$copy/Cargo.toml"

if [ "${1:-}" = "--features" ]; then
  # The table's rows: | `feature` | 1.xx | because of |
  rows=$(sed -n 's/^| `\([a-z0-9-]*\)` | \([0-9][0-9.]*\) | .*/\1 \2/p' docs/integrations.md)
  if [ -z "$rows" ]; then
    echo "error: no feature table in docs/integrations.md" >&2
    exit 1
  fi
  while read -r feature minimum; do
    if ! rustup run "$minimum" rustc --version >/dev/null 2>&1; then
      rustup toolchain install "$minimum" --profile minimal --no-self-update >/dev/null
    fi
    target=()
    if [ "$feature" = wasm-js ]; then
      # Its only effect is on wasm32-unknown-unknown.
      rustup target add --toolchain "$minimum" wasm32-unknown-unknown >/dev/null
      target=(--target wasm32-unknown-unknown)
    fi
    # Resolved as for a user on that toolchain: the MSRV-aware resolver reads the workspace's rust-version, so the
    # copy claims the feature's minimum and resolves afresh (with 1.85, it would fall back to the newest diesel,
    # which needs 1.88, where a user on 1.86 gets one that builds).
    sed -i "s/^rust-version = .*/rust-version = \"$minimum\"/" "$copy/Cargo.toml"
    rm -f "$copy/Cargo.lock"
    echo "--> cargo +$minimum check -p id-runtime --features $feature ${target[*]}"
    (cd "$copy" && cargo "+$minimum" check --quiet -p id-runtime --features "$feature" "${target[@]}")
  done <<<"$rows"
  echo "every feature builds on the Rust its row in docs/integrations.md names"
  exit 0
fi

echo "--> cargo +$version check of the published crates' default features"
packages=()
for crate in "${published[@]}"; do packages+=(-p "$crate"); done
(cd "$copy" && cargo "+$version" check --quiet "${packages[@]}")

echo "--> cargo +$version run of tests/outside-crates/msrv"
rm -f tests/outside-crates/msrv/Cargo.lock
cargo "+$version" run --quiet --manifest-path tests/outside-crates/msrv/Cargo.toml
