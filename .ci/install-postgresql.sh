#!/usr/bin/env bash
# PostgreSQL for the second pass of the test suite: installs it from Debian's packages when the
# machine lacks it, starts a cluster, and creates the role the tests use (it creates one database
# per test server). Prints the settings to export. Idempotent; runs as root.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
# a container may have the binaries but no cluster
pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q . \
  || pg_createcluster "$version" main >/dev/null
pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online \
  || pg_ctlcluster --skip-systemctl-redirect "$version" main start
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

for i in $(seq 1 50); do
  runuser -u postgres -- pg_isready -q -p "$port" && break
  sleep 0.2
done
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jess_test') THEN
    CREATE ROLE jess_test LOGIN CREATEDB PASSWORD 'jess_test';
  END IF;
END $$;
SQL
echo "JESS_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/"
