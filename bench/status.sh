#!/usr/bin/env bash
# Status polling: 32 concurrent clients on GET /job/status/<id> of a 10,000-case job (2 cases
# running, the rest queued) for 20 s, with wrk. Prints requests/s, the latency percentiles and the
# server's CPU per request (from /proc, which holds up when other work shares the cores).
# A fresh JVM on two cores compiles its hot paths during the first one to three minutes of
# traffic, and the rate more than doubles meanwhile. So the script measures twice: "cold", the
# first SECONDS of traffic after start-up; then it warms up in 10 s rounds until two rounds in a
# row are within 5% of each other (at least WARMUP_MIN s, default 120, since the rate often jumps
# after 60 to 90 s; at most WARMUP_MAX s, default 300) and measures "warm", the figure for a
# server that has been up for a while.
# The warm figure is the median of RUNS measurements (default 3). Each warm run is followed by one of
# conditional polls (If-None-Match with the reply's ETag, answered 304 without a body while the job does
# not change), so that the two are measured on the same warm server.
# Usage: bench/status.sh [SECONDS] [CONNECTIONS] [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
secs=${1:-20}; conns=${2:-32}; runs=${3:-3}; port=${BENCH_PORT:-18082}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=2 JESS_CASE_TIMEOUT=1h ${BENCH_ENV:-}
make_zip "$bench_dir/job.zip" 100 100 "hang"
id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$bench_dir/job.zip" \
     "http://127.0.0.1:$port/jess_web/api/job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
url="http://127.0.0.1:$port/jess_web/api/job/status/$id"
until curl -sf -H "Cookie: session_token=$token" "$url" | grep -q '"running":2'; do sleep 0.1; done
curl -sf -H "Cookie: session_token=$token" "$url"; echo
etag=$(curl -sfI -H "Cookie: session_token=$token" "$url" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: session_token=$token" -H "If-None-Match: $etag" "$url")
echo "ETag $etag; a conditional poll answers $code"
wrk_headers=()
server_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$server_pid/stat"; }
# run_wrk SECONDS [--latency]: wrk's report plus a line with the server CPU per request
run_wrk() {
  local c0 c1 out n
  c0=$(server_cpu_ms)
  out=$(wrk -t2 -c"$conns" -d"$1s" ${2:-} -H "Cookie: session_token=$token" "${wrk_headers[@]}" "$url")
  c1=$(server_cpu_ms)
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$out"
  echo "server CPU per request: $(python3 -c "print(round(($c1 - $c0) / $n, 3))") ms"
}
rate_of() { awk '/Requests\/sec/ {print $2}'; }

echo "== cold: the first ${secs} s of traffic"
run_wrk "$secs" --latency | grep -E "Latency|50%|99%|Requests/sec|Non-2xx|Socket errors|server CPU"
echo "== warm-up in 10 s rounds"
wrk_rate() { run_wrk "$1" | rate_of; }
warm_up_rounds wrk_rate
echo "== warm, after ${warmed_s} s of warm-up: $runs runs of ${secs} s"
rates=(); p50s=(); p99s=(); cpus=(); c_rates=(); c_p50s=(); c_p99s=(); c_cpus=()
for i in $(seq 1 "$runs"); do
  wrk_headers=()
  out=$(run_wrk "$secs" --latency)
  rates+=("$(echo "$out" | rate_of)"); p50s+=("$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99s+=("$(echo "$out" | awk '$1 == "99%" {print $2}')"); cpus+=("$(echo "$out" | awk '/server CPU/ {print $5}')")
  echo "  run $i, plain: ${rates[-1]} requests/s, p50 ${p50s[-1]}, p99 ${p99s[-1]}, server CPU per request ${cpus[-1]} ms"
  wrk_headers=(-H "If-None-Match: $etag")
  out=$(run_wrk "$secs" --latency)
  c_rates+=("$(echo "$out" | rate_of)"); c_p50s+=("$(echo "$out" | awk '$1 == "50%" {print $2}')")
  c_p99s+=("$(echo "$out" | awk '$1 == "99%" {print $2}')"); c_cpus+=("$(echo "$out" | awk '/server CPU/ {print $5}')")
  echo "  run $i, If-None-Match: ${c_rates[-1]} requests/s, p50 ${c_p50s[-1]}, p99 ${c_p99s[-1]}," \
       "server CPU per request ${c_cpus[-1]} ms"
done
# wrk prints latencies with their unit (us, ms, s): compare them in ms
ms() { for v in "$@"; do python3 -c "v='$v'; print(float(v[:-2]) / 1000 if v.endswith('us') else float(v[:-2]) if v.endswith('ms') else float(v[:-1]) * 1000)"; done; }
echo "median of $runs runs, plain polls: $(median "${rates[@]}") requests/s, p50 $(median $(ms "${p50s[@]}")) ms," \
     "p99 $(median $(ms "${p99s[@]}")) ms, server CPU per request $(median "${cpus[@]}") ms"
echo "median of $runs runs, conditional polls (304): $(median "${c_rates[@]}") requests/s," \
     "p50 $(median $(ms "${c_p50s[@]}")) ms, p99 $(median $(ms "${c_p99s[@]}")) ms," \
     "server CPU per request $(median "${c_cpus[@]}") ms"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
