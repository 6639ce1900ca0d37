#!/usr/bin/env bash
# Status polls during a log-on flood (issue 11, item 6): 4 clients poll GET /job/status/<id> of a
# 100-case job (2 cases running) while 16 clients log on as fast as they can to ACCOUNTS accounts
# (default 16), half of the time with a wrong password. Each run measures the polls alone for
# SECONDS (default 20), then the polls during the flood for SECONDS; printed per run and as medians
# of RUNS runs (default 3), after WARMUP s (default 30) of flood and polls together.
# Every log-on must really run PBKDF2, so the throttle's rules are switched off
# (JESS_LOGON_ACCOUNT_FAILURES=0, JESS_LOGON_ADDRESS_FAILURES=0; a server without them ignores them).
# Compare two builds by BENCH_JAR, e.g. one of main's commit:
#   git worktree add /tmp/main <commit> && (cd /tmp/main && mvn -B -o -q package -DskipTests)
#   BENCH_JAR=/tmp/main/target/jess-server.jar bench/logon-flood.sh
# Usage: bench/logon-flood.sh [SECONDS] [RUNS] [ACCOUNTS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
secs=${1:-20}; runs=${2:-3}; accounts=${3:-16}; port=${BENCH_PORT:-18085}; warmup=${WARMUP:-30}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=2 JESS_CASE_TIMEOUT=1h \
    JESS_LOGON_ACCOUNT_FAILURES=0 JESS_LOGON_ADDRESS_FAILURES=0 ${BENCH_ENV:-}
base="http://127.0.0.1:$port"
for i in $(seq 1 "$accounts"); do
  curl -sf -H "Cookie: session_token=$token" -H 'Content-Type: application/json' \
       -d "{\"email\":\"flood$i@bench.example\",\"password\":\"flood-pass-1\"}" "$base/users/api/users" >/dev/null
done
make_zip "$bench_dir/job.zip" 10 10 "hang"
id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$bench_dir/job.zip" \
     "$base/jess_web/api/job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
url="$base/jess_web/api/job/status/$id"
until curl -sf -H "Cookie: session_token=$token" "$url" | grep -q '"running":2'; do sleep 0.1; done
cat >"$bench_dir/logon.lua" <<LUA
-- a log-on to one of $accounts accounts, half of them with a wrong password
request = function()
  local password = math.random() < 0.5 and "flood-pass-1" or "wrong-pass-1"
  local body = string.format('{"email":"flood%d@bench.example","password":"%s"}', math.random($accounts), password)
  return wrk.format("POST", "/users/api/auth", {["Content-Type"] = "application/json"}, body)
end
LUA
# flood SECONDS: 16 log-on clients; their report goes to $bench_dir/flood.out (waited for by its pid:
# a bare wait would wait for the server too)
flood() { wrk -t2 -c16 -d"$1s" --timeout 30s --latency -s "$bench_dir/logon.lua" "$base" >"$bench_dir/flood.out"; }
# polls SECONDS: 4 status-poll clients, wrk's report
polls() { wrk -t1 -c4 -d"$1s" --timeout 30s --latency -H "Cookie: session_token=$token" "$url"; }
# wrk prints latencies with their unit (us, ms, s): in ms
ms() { python3 -c "v='$1'; print(round(float(v[:-2]) / 1000 if v.endswith('us') else float(v[:-2]) if v.endswith('ms') else float(v[:-1]) * 1000, 2))"; }
pct() { ms "$(awk -v p="$1" '$1 == p {print $2}')"; }
rate() { awk '/Requests\/sec/ {print $2}'; }

echo "== warm-up: ${warmup} s of flood and polls"
flood "$warmup" & flooding=$!; polls "$warmup" >/dev/null; wait $flooding
alone50=(); alone99=(); during50=(); during99=(); logons=(); logon50=(); logon99=(); loads=()
for i in $(seq 1 "$runs"); do
  out=$(polls "$secs"); alone50+=("$(echo "$out" | pct 50%)"); alone99+=("$(echo "$out" | pct 99%)")
  flood "$secs" & flooding=$!; out=$(polls "$secs"); wait $flooding
  during50+=("$(echo "$out" | pct 50%)"); during99+=("$(echo "$out" | pct 99%)")
  f=$(cat "$bench_dir/flood.out")
  logons+=("$(echo "$f" | rate)"); logon50+=("$(echo "$f" | pct 50%)"); logon99+=("$(echo "$f" | pct 99%)")
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  echo "  run $i: polls alone p50 ${alone50[-1]} ms, p99 ${alone99[-1]} ms;" \
       "during the flood p50 ${during50[-1]} ms, p99 ${during99[-1]} ms;" \
       "log-ons ${logons[-1]}/s, p50 ${logon50[-1]} ms, p99 ${logon99[-1]} ms" \
       "$(echo "$f" | grep -E 'Non-2xx|Socket errors' | tr -s ' ' | tr '\n' ' ')(load ${loads[-1]})"
done
echo "median of $runs runs: status polls alone p50 $(median "${alone50[@]}") ms, p99 $(median "${alone99[@]}") ms;" \
     "during a 16-way log-on flood p50 $(median "${during50[@]}") ms, p99 $(median "${during99[@]}") ms;" \
     "log-ons $(median "${logons[@]}")/s, p50 $(median "${logon50[@]}") ms, p99 $(median "${logon99[@]}") ms"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
