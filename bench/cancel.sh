#!/usr/bin/env bash
# Cancel latency: time from the cancel request to the first status poll (every 20 ms) that shows
# CANCELED. (a) the JESS example: 20 cases, 8 simulated, 4 running, 8 waiting (4 workers);
# (b) a 10,000-case job with 2 cases running (2 workers). RUNS of each (default 10).
# Usage: bench/cancel.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs=${1:-10}

status() { curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/job/status/$1"; }
submit() { curl -sf -H "Cookie: session_token=$token" -F "file=@$1" "http://127.0.0.1:$port/jess_web/api/job" \
           | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])'; }
# measure ZIP WAIT_FOR_REGEX LABEL: prints one line per run and the median and max
measure() {
  local zip=$1 ready=$2 label=$3 times=()
  for r in $(seq 1 "$runs"); do
    id=$(submit "$zip")
    until status "$id" | grep -Eq "$ready"; do sleep 0.02; done
    t0=$(now_ms)
    curl -sf -H "Cookie: session_token=$token" -H 'Content-Type: application/json' -d '{"cmd":"Cancel"}' \
         "http://127.0.0.1:$port/jess_web/api/job/$id" | grep -q '"ok":true'
    until status "$id" | grep -q '"status":"CANCELED"'; do sleep 0.02; done
    t1=$(now_ms)
    times+=("$((t1 - t0))")
    echo "$label run $r: job $id CANCELED $((t1 - t0)) ms after the cancel request ($(status "$id" | grep -o '"progress":"[^"]*"'))"
  done
  max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  echo "$label: median $(median "${times[@]}") ms, max $max ms over $runs runs (load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

port=18083
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=4 JESS_CASE_TIMEOUT=1h
python3 - "$bench_dir/jess.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for i in range(8): z.writestr(f"a{i}.idf", "Version,99.1;\n")
    for i in range(12): z.writestr(f"b{10 + i}.idf", "Version,99.1;\n! fake: hang\n")
    z.writestr("w.epw", "LOCATION,Bench\n")
PY
measure "$bench_dir/jess.zip" '"running":4,"simulated":8' "(a) 20 cases, 4 running"
stop_servers

port=18084
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=2 JESS_CASE_TIMEOUT=1h
make_zip "$bench_dir/big.zip" 100 100 "hang"
measure "$bench_dir/big.zip" '"running":2' "(b) 10,000 cases, 2 running"
