#!/usr/bin/env bash
# Makes a PostgreSQL server reachable on 127.0.0.1:5432 for the sqlx integration test
# (tests/tests/testsuite/sqlx_postgres.rs) and the `ids export --format postgres` tests (id-cli/tests/testsuite/postgres, which
# run the package's psql), installing Debian's package first when it is missing. Idempotent.
# The tests connect with IDS_POSTGRES_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "installing PostgreSQL (Debian package postgresql)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_createcluster "$version" main
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name _port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$name" start
fi

# A password login over TCP, which is what the test uses.
for _ in $(seq 1 30); do
  if su postgres -c "psql -qAt -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null 2>&1; then
    echo "PostgreSQL $version/$name is up on 127.0.0.1:5432"
    exit 0
  fi
  sleep 1
done
echo "PostgreSQL did not come up" >&2
exit 1
