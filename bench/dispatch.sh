#!/usr/bin/env bash
# Dispatch: one job of N cases (default 2,000) on the instant stand-in engine with 2 workers, from
# the submit call to the first status poll (every 20 ms) that shows FINISHED. Repeated RUNS times
# (default 3) on one server; prints each run and the medians.
# Usage: bench/dispatch.sh [N] [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:-2000}; runs=${2:-3}; port=18081
start_server $port JESS_ENGINES="99.1=$fake" JESS_WORKERS=2 JESS_UPLOAD_MAX_FILES=50000 ${BENCH_ENV:-}
make_zip "$bench_dir/job.zip" "$n" 1 ""
submits=(); rates=(); overheads=()
for r in $(seq 1 "$runs"); do
  t0=$(now_ms)
  id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$bench_dir/job.zip" \
       "http://127.0.0.1:$port/jess_web/api/job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  t1=$(now_ms)
  until curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/job/status/$id" \
        | grep -q '"status":"FINISHED"'; do sleep 0.02; done
  t2=$(now_ms)
  rate=$(python3 -c "print(round($n / (($t2 - $t0) / 1000.0), 1))")
  # wall time a case occupies a worker, beyond the engine's own run (measured below)
  per_case=$(python3 -c "print(round(($t2 - $t0) * 2 / $n, 2))")
  echo "run $r: $n cases, submit answered in $((t1 - t0)) ms, FINISHED after $((t2 - t0)) ms: $rate cases/s, $per_case ms of worker time per case"
  submits+=("$((t1 - t0))"); rates+=("$rate"); overheads+=("$per_case")
done
# the stand-in engine's own cost per case, to separate it from the server's overhead
mkdir -p "$bench_dir/probe/out"; printf 'Version,99.1;\n' > "$bench_dir/probe/m.idf"
e0=$(now_ms); for i in $(seq 1 200); do bash -c '"$@"; times > /dev/null' x "$fake" -w x.epw -d "$bench_dir/probe/out" "$bench_dir/probe/m.idf" >/dev/null; done; e1=$(now_ms)
engine=$(python3 -c "print(round(($e1 - $e0) / 200, 2))")
echo "median: submit $(median "${submits[@]}") ms, $(median "${rates[@]}") cases/s, $(median "${overheads[@]}") ms worker time per case" \
     "(of which the stand-in engine with its bash wrapper: $engine ms); load average $(cut -d' ' -f1-3 /proc/loadavg)"
