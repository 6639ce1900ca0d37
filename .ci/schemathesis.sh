#!/usr/bin/env bash
# Fuzzes the running uberjar against its own /openapi document with Schemathesis: no 5xx, replies that
# match the documented schemas, content types and status codes, and never an HTML page. Runs after
# `mvn -B verify` (it needs target/jess-server.jar); bounded to 5 minutes. Exits non-zero on any failure.
#
#   JESS_SCHEMATHESIS_VENV (default /opt/jess-schemathesis-venv for root, else ~/.local/share/jess-server/
#   schemathesis-venv): the venv, reused when present
#   JESS_SCHEMATHESIS_PORT (default: a free port)
#   JESS_SCHEMATHESIS_EXAMPLES (default 150): examples per operation and phase (about 90 s of fuzzing on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_SPEC="schemathesis==4.32.5"
# root (CI) keeps the venv beside the others in /opt; anyone else in their own data folder
default_venv=/opt/jess-schemathesis-venv
[ "$(id -u)" = 0 ] || default_venv="${XDG_DATA_HOME:-$HOME/.local/share}/jess-server/schemathesis-venv"
VENV="${JESS_SCHEMATHESIS_VENV:-$default_venv}"
export PIP_DISABLE_PIP_VERSION_CHECK=1
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

JAR=target/jess-server.jar
[ -f "$JAR" ] || die "$JAR not found: run mvn -B package first"

start=$(date +%s)
mkdir -p "$(dirname "$VENV")"
if [ ! -x "$VENV/bin/python" ]; then
  run_quiet "creating venv at $VENV" python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c 'import importlib.metadata as m, sys; sys.exit(m.version("schemathesis") != sys.argv[1])' \
    "${SCHEMATHESIS_SPEC#*==}" 2>/dev/null; then
  run_quiet "pip install $SCHEMATHESIS_SPEC" "$VENV/bin/python" -m pip install --quiet "$SCHEMATHESIS_SPEC"
fi

work="$(mktemp -d)"
port="${JESS_SCHEMATHESIS_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
base="http://127.0.0.1:$port"
admin_password="admin-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
user_password="user-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

JESS_DATA_DIR="$work/data" JESS_ADMIN_PASSWORD="$admin_password" java -jar "$JAR" --port "$port" \
  >"$work/server.log" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

for _ in $(seq 120); do
  curl -sf "$base/jess_web/api/info" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { tail -40 "$work/server.log" >&2; die "the server did not start"; }
  sleep 1
done
curl -sf "$base/jess_web/api/info" >/dev/null || { tail -40 "$work/server.log" >&2; die "the server did not answer in 120 s"; }

# logs on and prints the session token (from Set-Cookie)
logon() {
  curl -sf -D - -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"$2\"}" \
    "$base/users/api/auth" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: session_token=\([^;]*\).*/\1/p' | head -1
}
admin_token="$(logon admin@localhost "$admin_password")"
[ -n "$admin_token" ] || die "the administrator could not log on"
curl -sf -o /dev/null -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"fuzz@example.org\",\"password\":\"$user_password\",\"user\":\"fuzz\"}" "$base/users/api/users" \
  || die "could not create the test user"
token="$(logon fuzz@example.org "$user_password")"
[ -n "$token" ] || die "the test user could not log on"

# a normal user, so the admin calls answer 403; the calls that would end this session are left out:
# log-off, check-in (the old token lives 30 s only), disabling accounts, the password change (POST /user,
# whose current_password the fuzzer cannot know, is kept), and the event streams that never end
# the whole script, install and start-up included, stays within 5 minutes
left=$(( 300 - ($(date +%s) - start) ))
[ "$left" -gt 30 ] || die "no time left to fuzz after install and start-up ($left s)"
set +e
SCHEMATHESIS_HOOKS=schemathesis_hooks PYTHONPATH="$(pwd)/.ci" timeout "$left" "$VENV/bin/schemathesis" --config-file .ci/schemathesis.toml run "$base/openapi" \
  --url "$base" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,response_schema_conformance,content_type_conformance,status_code_conformance,response_headers_conformance,unsupported_method,ignored_auth,no_html_reply \
  --exclude-path-regex '(.*/events.*|^/users/api/(logout|checkin)$|^/users/api/users/.+)' \
  --generation-with-security-parameters false \
  --generation-database none \
  --max-examples "${JESS_SCHEMATHESIS_EXAMPLES:-150}" \
  --request-timeout 20 \
  --max-response-time 20 \
  --phases examples,coverage,fuzzing \
  --no-color 2>&1 | tee "$work/schemathesis.log"
rc=${PIPESTATUS[0]}
set -e

echo "schemathesis: exit $rc after $(( $(date +%s) - start )) s (124: the 5-minute bound was hit; tested $SCHEMATHESIS_SPEC)"
if grep -q 'HTTP 5[0-9][0-9]\|Server error' "$work/schemathesis.log"; then
  echo "schemathesis: the server log's last errors:"; grep -B2 -A10 'SEVERE' "$work/server.log" | tail -60
fi
exit "$rc"
