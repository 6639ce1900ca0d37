#!/usr/bin/env bash
# Submitting big jEPlus projects: a 100,000-case LHS sample and a 100,000-line list file (N overrides the size).
# For each, RUNS times (default 3): the time until POST /job answers, the time until all case rows exist (the
# preparation's one transaction has committed: the job leaves ACCEPTED), and the growth of the server's used heap
# after a full GC (jcmd GC.run) from before the submit to right after the rows exist; prints each and the medians.
# The template's version has no engine, so the cases are made but none runs (the job ends REJECTED): the figures are
# the submit's and the preparation's alone.
# Usage: bench/jeplus-submit.sh [N] [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/jeplus-lib.sh"
n=${1:-100000}; runs=${2:-3}; port=${BENCH_PORT:-18085}
start_server $port JESS_ENGINES="99.1=$root/bench/instant-energyplus" JESS_WORKERS=2 JESS_MAX_CASES=$((n * 2))
make_project "$bench_dir/lhs.zip" 99.9 8 10
make_project "$bench_dir/list.zip" 99.9 8 10 "$n"
heap_used_kb() {
  jcmd "$server_pid" GC.run >/dev/null
  jcmd "$server_pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i+1); exit}}' \
    | tr -d 'K,'
}
# submit LABEL ZIP FIELDS...: sets reply_ms, rows_ms, heap_mb
submit() {
  local label=$1 zip=$2; shift 2
  local h0 h1 t0 t1 t2 id status
  h0=$(heap_used_kb)
  t0=$(now_ms)
  id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$zip" -F type=JEP "$@" \
       "http://127.0.0.1:$port/jess_web/api/job" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["data"] if r["ok"] else sys.exit(r["status"]))')
  t1=$(now_ms)
  while :; do
    status=$(curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/job/status/$id" \
             | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["status"], d["progress"].split(",")[0])')
    case $status in UNPACKED*|ACCEPTED*) sleep 0.05 ;; *) break ;; esac
  done
  t2=$(now_ms)
  h1=$(heap_used_kb)
  reply_ms=$((t1 - t0)); rows_ms=$((t2 - t0)); heap_mb=$(( (h1 - h0) / 1024 ))
  echo "$label: job $id answered in $reply_ms ms, $status cases made after $rows_ms ms, used heap after GC $((h0 / 1024)) -> $((h1 / 1024)) MB (+$heap_mb MB)"
}
submit "warm-up LHS" "$bench_dir/lhs.zip" -F subset=LHS -F cases=1000 >/dev/null
for kind in lhs list; do
  replies=(); rows=(); heaps=()
  for r in $(seq 1 "$runs"); do
    if [ $kind = lhs ]; then submit "LHS $n, run $r" "$bench_dir/lhs.zip" -F subset=LHS -F cases=$n
    else submit "list file of $n, run $r" "$bench_dir/list.zip" -F subset=LIST_FILE -F cases=jobs.txt; fi
    replies+=("$reply_ms"); rows+=("$rows_ms"); heaps+=("$heap_mb")
  done
  echo "median of $runs $kind submits of $n cases: reply $(median "${replies[@]}") ms, rows made $(median "${rows[@]}") ms, heap growth $(median "${heaps[@]}") MB"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
