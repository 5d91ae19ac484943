#!/usr/bin/env bash
# Proves `rust-version`: the oldest Rust the published crates claim (Cargo.toml's workspace.package) builds them.
#
# With that toolchain (installed with rustup when missing), and with dependencies resolved as cargo's MSRV-aware
# resolver resolves them for a user on it (no Cargo.lock, no rust-toolchain.toml pin):
# 1. `cargo check` of the default features of every published crate, in a copy of them as a workspace of their own;
# 2. `cargo run` of tests/outside-crates/msrv, a user's crate with `#[ids("kinds.toml")]`.
# What each integration feature needs beyond that is its crate's own minimum, listed in docs/integrations.md.
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

echo "--> cargo +$version check of the published crates' default features"
packages=()
for crate in "${published[@]}"; do packages+=(-p "$crate"); done
(cd "$copy" && cargo "+$version" check --quiet "${packages[@]}")

echo "--> cargo +$version run of tests/outside-crates/msrv"
rm -f tests/outside-crates/msrv/Cargo.lock
cargo "+$version" run --quiet --manifest-path tests/outside-crates/msrv/Cargo.toml
