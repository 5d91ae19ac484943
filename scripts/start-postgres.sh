#!/usr/bin/env bash
# Makes a PostgreSQL server reachable on 127.0.0.1:5432 for the sqlx and diesel integration tests
# (tests/tests/testsuite/sqlx_postgres.rs, diesel_postgres.rs) and the `ids export --format postgres` tests
# (id-cli/tests/testsuite/postgres, which run the package's psql), installing Debian's package first when it is
# missing; also libpq's headers and library (libpq-dev), which diesel's `postgres` feature links. Idempotent.
# The tests connect with IDS_POSTGRES_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres.
set -euo pipefail

packages=()
command -v pg_ctlcluster >/dev/null 2>&1 || packages+=(postgresql)
# pq-sys (diesel's libpq binding) finds libpq through pg_config, which libpq-dev provides.
command -v pg_config >/dev/null 2>&1 || packages+=(libpq-dev)
if [ ${#packages[@]} -gt 0 ]; then
  echo "installing ${packages[*]} (Debian packages)"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
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
