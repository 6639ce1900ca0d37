#!/usr/bin/env bash
# Status polling: 32 concurrent clients on GET /job/status/<id> of a 10,000-case job (2 cases
# running, the rest queued) for 20 s, with wrk. Prints requests/s and the latency percentiles.
# Usage: bench/status.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
secs=${1:-20}; conns=${2:-32}; port=18082
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=2 JESS_CASE_TIMEOUT=1h
make_zip "$bench_dir/job.zip" 100 100 "hang"
id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$bench_dir/job.zip" \
     "http://127.0.0.1:$port/jess_web/api/job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
url="http://127.0.0.1:$port/jess_web/api/job/status/$id"
until curl -sf -H "Cookie: session_token=$token" "$url" | grep -q '"running":2'; do sleep 0.1; done
curl -sf -H "Cookie: session_token=$token" "$url"; echo
# warm-up, then the measured run
wrk -t2 -c"$conns" -d5s -H "Cookie: session_token=$token" "$url" >/dev/null
wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Cookie: session_token=$token" "$url"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
