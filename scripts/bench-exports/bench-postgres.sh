#!/usr/bin/env bash
# The PostgreSQL export against native uuid text I/O (and typeid-sql when TYPEID_SQL is a checkout of it), in one
# server session: see scripts/bench-exports.sh. Prints one JSON line.
# usage: bench-postgres.sh URL DIR ROUNDS   (DIR holds ids.sql, exported with --schema ids_bench, and ids.txt)
set -euo pipefail
url=$1 dir=$2 rounds=$3
here=$(cd "$(dirname "$0")" && pwd)
export PGOPTIONS="-c client_min_messages=warning"
psql "$url" -qAt -v ON_ERROR_STOP=1 -c 'DROP SCHEMA IF EXISTS ids_bench CASCADE' -f "$dir/ids.sql" >/dev/null
typeid_sql=false
if [ -n "${TYPEID_SQL:-}" ]; then
  # typeid-sql creates its objects in the search path: a scratch schema of their own.
  psql "$url" -qAt -v ON_ERROR_STOP=1 -c 'DROP SCHEMA IF EXISTS typeid_sql_bench CASCADE' \
    -c 'CREATE SCHEMA typeid_sql_bench' -c 'SET search_path = typeid_sql_bench, public' \
    -f "$TYPEID_SQL/sql/02_base32.sql" -f "$TYPEID_SQL/sql/03_typeid.sql" >/dev/null
  typeid_sql=true
fi
psql "$url" -qAt -v ON_ERROR_STOP=1 -v rounds="$rounds" -v typeid_sql="$typeid_sql" -v ids="$dir/ids.txt" \
  -f "$here/bench.sql"
psql "$url" -qAt -c 'DROP SCHEMA IF EXISTS ids_bench CASCADE' -c 'DROP SCHEMA IF EXISTS typeid_sql_bench CASCADE'
