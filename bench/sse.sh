#!/usr/bin/env bash
# Live status streams: opens STREAMS (default 1000) streams of all jobs (GET /jobs/events) of one user on one
# instance, then ROUNDS times (default 5) submits a job of one hanging case, waits until it runs (polling its
# status meanwhile) and cancels it. Prints the server's resident memory (VmRSS from /proc) before and with the
# streams open, the delay from the cancel call to its two events (the flag, then CANCELED) at every client
# (median, max; the timer reads changes once a second), and the status polls' latency while the streams are open.
# The client (bench/sse.py, asyncio) runs on the same machine and shares its cores.
# Usage: bench/sse.sh [STREAMS] [ROUNDS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
streams=${1:-1000}; rounds=${2:-5}; port=${BENCH_PORT:-18086}
python=${BENCH_PYTHON:-python3}
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=2 JESS_CASE_TIMEOUT=1h ${BENCH_ENV:-}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status"; }
# a few seconds of calls first, so that "before" is a server that has answered requests, not a bare start
for i in $(seq 1 50); do curl -sf -o /dev/null -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/jobs"; done
echo "server RSS before the streams: $(rss_mb) MB"
mkfifo "$bench_dir/in"
"$python" "$root/bench/sse.py" 127.0.0.1 "$port" "$token" "$streams" "$rounds" <"$bench_dir/in" >"$bench_dir/out" &
client=$!
exec 3>"$bench_dir/in"
until grep -q STREAMS_OPEN "$bench_dir/out"; do kill -0 $client || { cat "$bench_dir/out"; exit 1; }; sleep 0.2; done
grep -v STREAMS_ "$bench_dir/out"
sleep 5
echo "server RSS with $streams streams open: $(rss_mb) MB"
echo >&3
until grep -q STREAMS_DONE "$bench_dir/out"; do kill -0 $client || { cat "$bench_dir/out"; exit 1; }; sleep 0.2; done
sed -n '/STREAMS_OPEN/,/STREAMS_DONE/p' "$bench_dir/out" | grep -v STREAMS_
echo "server RSS after the rounds, streams still open: $(rss_mb) MB"
echo >&3
wait $client || true
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
