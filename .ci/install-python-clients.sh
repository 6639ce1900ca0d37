#!/usr/bin/env bash
# Installs the Python that replays JESS's own clients (its notebooks use `requests`) against the server:
# a venv with pinned requests and pytest, used by NotebooksIT to run src/test/python.
#
#   JESS_CLIENTS_VENV (default /opt/jess-clients-venv): the venv
#
# Idempotent (a rerun only re-checks, no reinstall) and quiet: prints one line on success, the
# captured output of the failing step otherwise. Needs python3 >= 3.10 with venv (python3-venv on Debian).
set -euo pipefail

REQUESTS_SPEC="requests==2.34.2"
PYTEST_SPEC="pytest==9.2.0"

VENV="${JESS_CLIENTS_VENV:-/opt/jess-clients-venv}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

mkdir -p "$(dirname "$VENV")"
# Serialise concurrent installs into the same venv.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$VENV.install.lock"
  flock 9
fi

pinned_venv "$VENV" 10 "requests pytest" "$REQUESTS_SPEC" "$PYTEST_SPEC"

echo "Python clients ready: $REQUESTS_SPEC, $PYTEST_SPEC in $VENV"
