#!/usr/bin/env bash
# Builds and runs each crate in tests/outside-crates: one id-runtime feature each, with the integrated crate's
# smallest usual configuration, in a workspace of its own (so no other member's features hide a missing one).
# Also the browser: the wasm-app crate for wasm32-unknown-unknown, with and without `wasm-js`.
#
# Needs: the Rust toolchain; node for running the wasm build; a PostgreSQL server for sqlx-postgres and
# diesel-postgres, and libpq-dev for the latter (scripts/start-postgres.sh); libsqlite3-dev for diesel-sqlite.
# Under CI (CI set) a missing piece is a failure; elsewhere it is skipped loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
crates=tests/outside-crates
# The workspace's own target directory: dependencies built for `cargo test` (sqlx, SQLite's C library) are reused,
# when they are built with the same profile. These crates are workspaces of their own, so the workspace's
# `[profile.dev.package."*"] debug = false` does not reach them: without the same setting here, every dependency
# would be built again with full debug info.
export CARGO_TARGET_DIR="$root/target"
export CARGO_PROFILE_DEV_DEBUG=false

# When each step starts, so that CI's time can be read from its log.
say() { printf '%s [%s]\n' "$1" "$(date -u +%T)"; }

skip() {
  if [ -n "${CI:-}" ]; then
    echo "error: $* (required under CI)" >&2
    exit 1
  fi
  printf '\n!!! SKIPPED: %s\n\n' "$*" >&2
}

# The workspace's lock file pins the same versions, so these builds resolve nothing new.
lock() { [ -f "$crates/$1/Cargo.lock" ] || cp Cargo.lock "$crates/$1/Cargo.lock"; }

run() {
  local name=$1
  lock "$name"
  say "--> $name: cargo run (id-runtime feature \`$name\`, minimal $(grep -m1 -E '^(sqlx|diesel|sea-orm|schemars|utoipa|arbitrary|proptest|async-graphql) ' "$crates/$name/Cargo.toml" | cut -d= -f2- || true))"
  cargo run --quiet --manifest-path "$crates/$name/Cargo.toml"
}

# id-runtime alone with each feature: a feature must turn on what it needs in the crate it integrates. Only for
# the features whose outside crate below turns on more of that crate than id-runtime does (sqlx's `sqlite`,
# diesel's `postgres`, sea-orm's `macros`, schemars' `derive`, proptest's defaults), which could hide a missing
# one. The others' outside crates (arbitrary, async-graphql without default features, utoipa, whose default
# is the `macros` id-runtime enables) are the same check already; at about 20 s a check, CI keeps the minute.
for feature in sqlx-sqlite sqlx-postgres diesel-sqlite diesel-postgres sea-orm schemars proptest; do
  say "--> id-runtime alone with \`$feature\`: cargo check"
  cargo check --quiet -p id-runtime --features "$feature"
done

run sqlx-sqlite
run diesel-sqlite
run sea-orm
run schemars
run utoipa
run arbitrary
run proptest
run async-graphql

if [ "${IDS_REQUIRE_POSTGRES:-}" = 1 ] || (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  run sqlx-postgres
  run diesel-postgres
else
  skip "sqlx-postgres and diesel-postgres: no PostgreSQL server on 127.0.0.1:5432 (run scripts/start-postgres.sh)"
fi

say "--> wasm-app: wasm32-unknown-unknown"
if ! rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null; then
  rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
fi
if ! rustup target list --installed 2>/dev/null | grep -x wasm32-unknown-unknown >/dev/null; then
  # .ci/run sets IDS_ALLOW_NO_WASM when rustup could not install the target on this machine.
  if [ -n "${IDS_ALLOW_NO_WASM:-}" ]; then CI=; fi
  skip "wasm32-unknown-unknown: \`rustup target add wasm32-unknown-unknown\` failed"
  exit 0
fi
lock wasm-app
manifest="$crates/wasm-app/Cargo.toml"
wasm="$CARGO_TARGET_DIR/wasm32-unknown-unknown/debug/outside_wasm_app.wasm"

echo "    default features: cargo build --target wasm32-unknown-unknown"
cargo build --quiet --manifest-path "$manifest" --target wasm32-unknown-unknown
if command -v node >/dev/null 2>&1; then
  node "$crates/wasm-app/run.mjs" "$wasm"
else
  skip "node not found: the wasm build was not run"
fi

echo "    with wasm-js: cargo build --target wasm32-unknown-unknown --features generate (id-runtime/wasm-js)"
cargo build --quiet --manifest-path "$manifest" --target wasm32-unknown-unknown --features generate

echo "    without wasm-js, RunId::new() must be a compile error naming the feature"
if output=$(cargo build --quiet --manifest-path "$manifest" --target wasm32-unknown-unknown --features call-new 2>&1); then
  echo "error: RunId::new() compiled on wasm32-unknown-unknown without wasm-js" >&2
  exit 1
fi
if ! grep -q 'enable the `wasm-js` feature of id-runtime' <<<"$output"; then
  echo "error: the compile error does not name wasm-js:" >&2
  echo "$output" >&2
  exit 1
fi
echo "    ok: $(grep -m1 '^error\[E0277\]' <<<"$output")"
echo "outside crates: all ok"
