#!/usr/bin/env bash
# The exported modules against each language's reference TypeID library, in one process each: parse (with
# the kind check) and format of the `run` kind of ./ids.toml, over IDs made by the Rust CLI plus the nil and the
# largest ID, after checking that both sides agree on every one. Prints the medians of interleaved rounds (µs per ID)
# and the median of the per-round ratios ours/reference. Method and results: BENCHMARKS.md, "Exported modules".
#
#   bash scripts/bench-exports.sh            # 20,002 IDs, 9 rounds
#   bash scripts/bench-exports.sh --quick    # 2,002 IDs, 3 rounds: what CI runs, so that the script cannot rot
#
# The reference libraries are installed from their registries, pinned, into a scratch folder (IDS_BENCH_DIR, default
# target/bench-exports): typeid-js 1.2.0 (npm) and typeid-python 0.3.11 (PyPI). PostgreSQL (scripts/start-postgres.sh,
# or IDS_POSTGRES_URL) is measured against native uuid text I/O; typeid-sql, which is on no registry, is measured too
# when TYPEID_SQL is the path of a checkout of it (its sql/02_base32.sql and sql/03_typeid.sql are loaded into a
# scratch schema; typeid_print and typeid_parse are measured).
# A language whose tool is missing is skipped with a message. Exits non-zero only when the script itself fails or a
# side disagrees on an ID, never because of a ratio.
set -euo pipefail
cd "$(dirname "$0")/.."

count=20002 rounds=9
if [ "${1:-}" = "--quick" ]; then count=2002 rounds=3; fi
dir=${IDS_BENCH_DIR:-target/bench-exports}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
url=${IDS_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}

cargo build -q -p id-cli
ids=target/debug/ids
"$ids" new run -n $((count - 2)) --manifest ids.toml >"$dir/ids.txt"
printf 'run_00000000000000000000000000\nrun_7zzzzzzzzzzzzzzzzzzzzzzzzz\n' >>"$dir/ids.txt"
"$ids" export --format javascript --manifest ids.toml -o "$dir/ids.mjs"
"$ids" export --format python --manifest ids.toml -o "$dir/ids_export.py"
"$ids" export --format postgres --schema ids_bench --manifest ids.toml -o "$dir/ids.sql"

results=()
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -f "$dir/node/node_modules/typeid-js/package.json" ] ||
    ! grep -q '"version": "1.2.0"' "$dir/node/node_modules/typeid-js/package.json"; then
    npm install --no-save --no-audit --no-fund --silent --prefix "$dir/node" typeid-js@1.2.0 >/dev/null
  fi
  results+=("$(node scripts/bench-exports/bench.mjs "$dir/ids.mjs" "$dir/node/node_modules/typeid-js" "$dir/ids.txt" "$rounds")")
else
  echo "bench-exports: node/npm not found: JavaScript skipped" >&2
fi

if command -v python3 >/dev/null; then
  if ! PYTHONPATH="$dir/python" python3 -c 'import importlib.metadata as m, sys; sys.exit(m.version("typeid-python") != "0.3.11")' 2>/dev/null; then
    pip=(python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --upgrade --target "$dir/python" typeid-python==0.3.11)
    # A Debian system Python refuses installs without --break-system-packages (PEP 668), even into --target.
    "${pip[@]}" 2>/dev/null || "${pip[@]}" --break-system-packages
  fi
  results+=("$(PYTHONPATH="$dir/python" python3 scripts/bench-exports/bench.py "$dir/ids_export.py" "$dir/ids.txt" "$rounds")")
else
  echo "bench-exports: python3 not found: Python skipped" >&2
fi

if command -v psql >/dev/null && psql "$url" -qAtc 'SELECT 1' >/dev/null 2>&1; then
  results+=("$(bash scripts/bench-exports/bench-postgres.sh "$url" "$dir" "$rounds")")
else
  echo "bench-exports: no PostgreSQL at $url (bash scripts/start-postgres.sh starts one): PostgreSQL skipped" >&2
fi

printf '%s\n' "${results[@]}" | python3 scripts/bench-exports/table.py
