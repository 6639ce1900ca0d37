#!/usr/bin/env bash
# Runs README.md's first-line run command and its Quick start block as written (taken from the README,
# not copied, so the two cannot drift): the server in the background on a fresh data folder and with none
# of the caller's JESS_* settings, as on a fresh machine; then checks that the example job FINISHED and
# that GET /jess_web/api/engines lists EnergyPlus 25.2. Fails with the server log's tail.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd -P)"

NAME="first-run"
START_LIMIT="${FIRST_RUN_START_LIMIT:-1200}"   # seconds for install + build + start
QUICK_LIMIT="${FIRST_RUN_QUICK_LIMIT:-300}"    # seconds for the Quick start block
URL="http://localhost:8080"                    # the Quick start's own H
began=$(date +%s)

say() { echo "$NAME: $*"; }
tmp="$(mktemp -d)"
pgid=""
log="$tmp/server.log"

fail() {
  echo "$NAME: FAILED: $*" >&2
  if [ -f "$log" ]; then
    echo "--- last 60 lines of the server's output ($log) ---" >&2
    tail -n 60 "$log" >&2
  fi
  exit 1
}

stop_server() {
  [ -n "$pgid" ] || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for _ in $(seq 60); do
    kill -0 -- "-$pgid" 2>/dev/null || { pgid=""; return 0; }
    sleep 0.5
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
  pgid=""
}
trap 'stop_server; rm -rf "$tmp"' EXIT

# the README's commands ----------------------------------------------------------------------
run_cmd="$(grep -m1 '^Run ' README.md | sed -n 's/^[^`]*`\([^`]*\)`.*/\1/p')"
[[ "$run_cmd" == *"java -jar"* ]] || fail "README.md's first 'Run ...' line has no \`...java -jar...\` command"
awk '/^## Quick start/ {q = 1; next}
     q && /^```sh$/ {b = 1; next}
     b && /^```$/ {exit}
     b {print}' README.md >"$tmp/quickstart.sh"
[ -s "$tmp/quickstart.sh" ] || fail "README.md has no \`\`\`sh block under '## Quick start'"

if curl -s -o /dev/null --max-time 2 "$URL/"; then
  fail "something already answers on $URL; the Quick start needs that port"
fi

# the server, as a fresh machine would run it: no JESS_* from this environment, a data folder of its own
say "running README's first line: $run_cmd"
unset_jess=()
while IFS= read -r v; do unset_jess+=(-u "$v"); done < <(env | sed -n 's/^\(JESS_[A-Za-z0-9_]*\)=.*/\1/p')
setsid env "${unset_jess[@]}" JESS_DATA_DIR="$tmp/jess-data" bash -c "$run_cmd" >"$log" 2>&1 </dev/null &
pgid=$!

deadline=$(( $(date +%s) + START_LIMIT ))
until curl -sf -o /dev/null --max-time 5 "$URL/jess_web/api/info"; do
  kill -0 "$pgid" 2>/dev/null || { wait "$pgid" || true; pgid=""; fail "the run command ended before the server answered"; }
  [ "$(date +%s)" -lt "$deadline" ] || fail "the server did not answer within $START_LIMIT s"
  sleep 2
done
started=$(date +%s)
say "server answered after $(( started - began )) s; $(grep -m1 'EnergyPlus ready' "$log" || echo 'no install line')"
grep -o 'EnergyPlus [0-9.]* at .*' "$log" | sed "s/^/$NAME: server log: /" || fail "the server logged no engine"

# the Quick start block, in a folder of its own (it writes cookies and eplustbl.htm) -----------------
work="$tmp/work"
mkdir -p "$work"
if ! (cd "$work" && timeout "$QUICK_LIMIT" bash -e "$tmp/quickstart.sh") >"$tmp/quickstart.out" 2>&1; then
  cat "$tmp/quickstart.out" >&2
  fail "the Quick start block failed or took more than $QUICK_LIMIT s"
fi
status="$(grep '"job_ID"' "$tmp/quickstart.out" | tail -1)"
[[ "$status" == *'"status":"FINISHED"'* ]] || { cat "$tmp/quickstart.out" >&2; fail "the example job did not finish"; }
say "quick start in $(( $(date +%s) - started )) s: $(printf '%s' "$status" | grep -o '"status":"FINISHED","status_Info":"[^"]*"')"
[ -s "$work/eplustbl.htm" ] || fail "the Quick start downloaded no eplustbl.htm"

engines="$(curl -s -b "$work/cookies" "$URL/jess_web/api/engines")"
[[ "$engines" == *'{"version":"25.2","path":"'* ]] || fail "GET /jess_web/api/engines does not list 25.2: $engines"
say "engines: $engines"

stop_server
say "ok in $(( $(date +%s) - began )) s"
