#!/usr/bin/env bash
# Dispatch of jEPlus cases beside EnergyPlus ones: on one server (instant stand-in engine, 2 workers), jobs of N cases
# (default 2,000) alternate: an EnergyPlus job of N models (as bench/dispatch.sh sends) and a jEPlus project's LHS
# sample of N cases, whose models are written when each case is dispatched. Each job is timed from the submit call to
# the first status poll (every 20 ms) that shows FINISHED, result tables included. Warm-up pairs run first (as
# dispatch.sh's warm-up jobs), then RUNS measured pairs (default 3); prints each and the medians, and the ratio.
# Usage: bench/jeplus-dispatch.sh [N] [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/jeplus-lib.sh"
n=${1:-2000}; runs=${2:-3}; port=${BENCH_PORT:-18086}; warmup=${WARMUP_JOBS:-6}
engine_exe=${BENCH_ENGINE:-$root/bench/instant-energyplus}
start_server $port JESS_ENGINES="99.1=$engine_exe" JESS_WORKERS=2 JESS_UPLOAD_MAX_FILES=50000 ${BENCH_ENV:-}
make_zip "$bench_dir/ep.zip" "$n" 1 ""
make_project "$bench_dir/jep.zip" 99.1 8 10
# run_job LABEL ZIP FIELDS...: sets rate
run_one() {
  local label=$1 zip=$2; shift 2
  local t0 t2 id
  t0=$(now_ms)
  id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$zip" "$@" \
       "http://127.0.0.1:$port/jess_web/api/job" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["data"] if r["ok"] else sys.exit(r["status"]))')
  until curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/job/status/$id" \
        | grep -q '"status":"FINISHED"'; do sleep 0.02; done
  t2=$(now_ms)
  rate=$(python3 -c "print(round($n / (($t2 - $t0) / 1000.0), 1))")
  echo "$label: $n cases FINISHED after $((t2 - t0)) ms: $rate cases/s"
}
run_job() { run_one "$1 EnergyPlus" "$bench_dir/ep.zip"; ep=$rate; run_one "$1 jEPlus" "$bench_dir/jep.zip" -F type=JEP -F subset=LHS -F cases=$n; jep=$rate; }
prev=0
for w in $(seq 1 "$warmup"); do
  run_job "warm-up pair $w"
  if ((w >= 2)) && settled "$prev" "$ep" 0.1; then break; fi
  prev=$ep
done
eps=(); jeps=()
for r in $(seq 1 "$runs"); do
  run_job "run $r"; eps+=("$ep"); jeps+=("$jep")
done
m_ep=$(median "${eps[@]}"); m_jep=$(median "${jeps[@]}")
echo "median of $runs runs: EnergyPlus $m_ep cases/s, jEPlus $m_jep cases/s ($(python3 -c "print(round(100 * $m_jep / $m_ep))")% of EnergyPlus);" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
