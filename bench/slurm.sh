#!/usr/bin/env bash
# Slurm executor, on the cluster that .ci/slurm/start.sh starts on this machine (JESS_EXECUTOR=slurm):
# (a) one job of N instant cases (default 2,000), from the submit call to the first status poll (every 20 ms) that
#     shows FINISHED. PER_TASK cases of the job run in one array task (JESS_SLURM_CASES_PER_TASK, default 100):
#     Slurm alone schedules about 4 tasks/s here, so one case per task measures Slurm rather than the server.
#     PARTITION (default main) picks the partition. One warm-up job, then RUNS measured jobs (default 3).
# (b) cancel: a 20-case job of hanging cases, one case per task, in the over2 partition (4 tasks run on 2 CPUs),
#     from the cancel request to the first status poll showing CANCELED; CANCEL_RUNS runs (default 5).
# Usage: bench/slurm.sh [N] [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:-2000}; runs=${2:-3}; port=${BENCH_PORT:-18091}; per_task=${PER_TASK:-100}
scontrol ping 2>/dev/null | grep -q 'is UP' || { echo "no Slurm cluster answers: bash .ci/slurm/start.sh (as root)" >&2; exit 1; }
start_server $port JESS_ENGINES="99.1=$root/bench/instant-energyplus" JESS_UPLOAD_MAX_FILES=50000 \
  JESS_EXECUTOR=slurm JESS_SLURM_PARTITION="${PARTITION:-main}" JESS_SLURM_CASES_PER_TASK="$per_task" ${BENCH_ENV:-}
make_zip "$bench_dir/job.zip" "$n" 1 ""
# run_job LABEL: one job, one line; sets submit, rate
run_job() {
  timed_job "$port" "$bench_dir/job.zip"
  submit=$((t1 - t0))
  rate=$(python3 -c "print(round($n / (($t2 - $t0) / 1000.0), 1))")
  echo "$1: $n cases, $per_task per task, submit answered in $submit ms, FINISHED after $((t2 - t0)) ms: $rate cases/s"
}
run_job "warm-up job"
submits=(); rates=()
for r in $(seq 1 "$runs"); do
  run_job "run $r"
  submits+=("$submit"); rates+=("$rate")
done
echo "(a) median of $runs runs: submit $(median "${submits[@]}") ms, $(median "${rates[@]}") cases/s;" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
stop_servers

port=$((port + 1))
start_server $port JESS_ENGINES="99.1=$fake" JESS_CASE_TIMEOUT=1h \
  JESS_EXECUTOR=slurm JESS_SLURM_PARTITION=over2 JESS_SLURM_CASES_PER_TASK=1 ${BENCH_ENV:-}
make_zip "$bench_dir/hang.zip" 20 1 "hang"
status() { curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/job/status/$1"; }
times=()
for r in $(seq 1 "${CANCEL_RUNS:-5}"); do
  id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$bench_dir/hang.zip" "http://127.0.0.1:$port/jess_web/api/job" \
       | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  until [ "$(squeue -h -r -t R -p over2 | wc -l)" = 4 ]; do sleep 0.05; done
  timed_cancel "$port" "$id"
  times+=("$((t1 - t0))")
  echo "(b) run $r: job $id CANCELED $((t1 - t0)) ms after the cancel request ($(status "$id" | grep -o '"progress":"[^"]*"'))"
  # the next job's 4 running tasks must be its own
  until [ -z "$(squeue -h -p over2)" ]; do sleep 0.05; done
done
echo "(b) cancel, 20 cases with 4 running: median $(median "${times[@]}") ms, max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) ms"
