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

PY="$(command -v python3 || true)"
[ -n "$PY" ] || die "python3 not found on PATH (need Python >= 3.10)"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || die "python3 at $PY is $("$PY" -c 'import sys; print(sys.version.split()[0])'); need >= 3.10"

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys; sys.exit(0)' 2>/dev/null; then
  rm -rf "$VENV"
  run_quiet "creating venv at $VENV (on Debian the python3-venv package may be missing)" "$PY" -m venv "$VENV"
fi

installed_ok() {
  "$VENV/bin/python" - "$REQUESTS_SPEC" "$PYTEST_SPEC" <<'EOF' 2>/dev/null
import sys, importlib.metadata as md
for spec in sys.argv[1:]:
    name, want = spec.split("==")
    if md.version(name) != want:
        sys.exit(1)
import requests, pytest  # noqa: F401
EOF
}
if ! installed_ok; then
  run_quiet "pip install" "$VENV/bin/python" -m pip install --quiet "$REQUESTS_SPEC" "$PYTEST_SPEC"
  installed_ok || die "packages still not importable after pip install ($REQUESTS_SPEC, $PYTEST_SPEC)"
fi

echo "Python clients ready: $REQUESTS_SPEC, $PYTEST_SPEC in $VENV"
