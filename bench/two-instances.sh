#!/usr/bin/env bash
# The dispatch and status benchmarks on PostgreSQL with two instances sharing one database and one
# data folder (issue 5), beside the single-instance H2 figures of bench/dispatch.sh and status.sh.
# - dispatch: one job of N cases (default 2,000) on the instant stand-in, submitted to instance A,
#   run by both instances with 2 workers each; submit to the first poll showing FINISHED.
# - status: a 10,000-case job, 16 clients on each instance (32 in all) for SECONDS (default 20).
# Both warm up first, as dispatch.sh and status.sh do (WARMUP_JOBS, WARMUP_MIN, WARMUP_MAX).
# Needs a PostgreSQL role that may create databases (.ci/install-postgresql.sh creates jess_test);
# BENCH_PG (default postgresql://jess_test:jess_test@127.0.0.1:5432) names it. The database is dropped at the end.
# Usage: bench/two-instances.sh [N] [RUNS] [SECONDS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:-2000}; runs=${2:-3}; secs=${3:-20}; port_a=18083; port_b=18084
warmup_jobs=${WARMUP_JOBS:-8}
pg=${BENCH_PG:-postgresql://jess_test:jess_test@127.0.0.1:5432}
engine_exe=${BENCH_ENGINE:-$root/bench/instant-energyplus}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
db=jess_bench_$$
psql -q "$pg/postgres" -c "CREATE DATABASE $db"
host_port=${pg##*@}
shared_env=(JESS_DB_URL="jdbc:postgresql://$host_port/$db" JESS_DB_USER="$(echo "$pg" | sed -E 's#.*://([^:]+):.*#\1#')"
            JESS_DB_PASSWORD="$(echo "$pg" | sed -E 's#.*://[^:]+:([^@]+)@.*#\1#')"
            JESS_ENGINES="99.1=$engine_exe;99.2=$fake" JESS_WORKERS=2 JESS_UPLOAD_MAX_FILES=50000 JESS_CASE_TIMEOUT=1h)
start_server $port_a "${shared_env[@]}"
# instance B: the same data folder and database
trap 'stop_servers; psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
launch $port_b "$bench_dir/server-b.log" "${shared_env[@]}"
cookie="Cookie: session_token=$token"

make_zip "$bench_dir/job.zip" "$n" 1 ""
# run_job LABEL: one job submitted to A, to the first poll showing FINISHED; sets submit and rate
run_job() {
  local t0 t1 t2 id
  t0=$(now_ms)
  id=$(curl -sf -H "$cookie" -F "file=@$bench_dir/job.zip" "http://127.0.0.1:$port_a/jess_web/api/job" \
       | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  t1=$(now_ms)
  until curl -sf -H "$cookie" "http://127.0.0.1:$port_a/jess_web/api/job/status/$id" | grep -q '"status":"FINISHED"'; do sleep 0.02; done
  t2=$(now_ms)
  submit=$((t1 - t0)); rate=$(python3 -c "print(round($n / (($t2 - $t0) / 1000.0), 1))")
  echo "$1: $n cases on 2 instances x 2 workers, submit answered in $submit ms, FINISHED after $((t2 - t0)) ms: $rate cases/s"
}
echo "== dispatch, warm-up jobs first"
# warm-up as in dispatch.sh (WARMUP_JOBS, default 8)
warm_up_jobs "$warmup_jobs"
submits=(); rates=()
for r in $(seq 1 "$runs"); do
  run_job "run $r"
  submits+=("$submit"); rates+=("$rate")
done
echo "dispatch median: submit $(median "${submits[@]}") ms, $(median "${rates[@]}") cases/s; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# version 99.2 runs on the test stand-in, whose cases hang when told (the instant one ignores directives)
make_zip "$bench_dir/status.zip" 100 100 "hang" 99.2
id=$(curl -sf -H "$cookie" -F "file=@$bench_dir/status.zip" "http://127.0.0.1:$port_a/jess_web/api/job" \
     | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
deadline=$(( $(date +%s) + 120 ))
until curl -sf -H "$cookie" "http://127.0.0.1:$port_a/jess_web/api/job/status/$id" | grep -q '"running":4'; do
  (( $(date +%s) < deadline )) || { echo "4 cases never ran at once:" >&2;
    curl -s -H "$cookie" "http://127.0.0.1:$port_a/jess_web/api/job/status/$id" >&2; exit 1; }
  sleep 0.1
done
# both_wrk SECONDS [--latency]: 16 clients on each instance at once; prints the total requests/s
both_wrk() {
  local p clients=()
  # `wait` alone would also wait for the servers: wait for the wrk processes only
  for p in $port_a $port_b; do
    wrk -t1 -c16 -d"$1s" ${2:-} -H "$cookie" "http://127.0.0.1:$p/jess_web/api/job/status/$id" > "$bench_dir/wrk-$p.txt" &
    clients+=($!)
  done
  wait "${clients[@]}"
  cat "$bench_dir"/wrk-*.txt | awk '/Requests\/sec/ {s += $2} END {print s}'
}
# warm-up as in status.sh (WARMUP_MIN, WARMUP_MAX)
echo "== status: warm-up in 10 s rounds"
warm_up_rounds both_wrk
total=$(both_wrk "$secs" --latency)
for p in $port_a $port_b; do echo "instance on port $p:"; grep -E "Requests/sec|  50%|  99%" "$bench_dir/wrk-$p.txt"; done
echo "status after ${warmed_s} s of warm-up: $total requests/s over both instances; load average $(cut -d' ' -f1-3 /proc/loadavg)"
