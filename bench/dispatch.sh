#!/usr/bin/env bash
# Dispatch: one job of N cases (default 2,000) on an instant stand-in engine with 2 workers, from
# the submit call to the first status poll (every 20 ms) that shows FINISHED. RUNS measured jobs
# (default 3) on one server; prints each and the medians.
# Besides the rate it prints the CPU each case cost, read from /proc for the server process: the JVM
# itself, and its reaped children (the executor's wrapper shell and the engine), so that the server's
# overhead can be told from the stand-in's even when other work shares the cores.
# A fresh JVM on two cores compiles its hot paths during the first ten thousand or so cases, and
# the rate about doubles meanwhile. So warm-up jobs of the same size run first, until two in a row
# are within 10% of each other (at least 2, at most WARMUP_JOBS, default 8); they are printed and
# not counted. WARMUP_JOBS=0 measures a cold server.
# BENCH_ENGINE picks the engine (default bench/instant-energyplus, a POSIX sh script; the test
# stand-in src/test/resources/engine/fake-energyplus is a bash script and costs more).
# Usage: bench/dispatch.sh [N] [RUNS]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
n=${1:-2000}; runs=${2:-3}; port=${BENCH_PORT:-18081}; warmup_jobs=${WARMUP_JOBS:-8}
engine_exe=${BENCH_ENGINE:-$root/bench/instant-energyplus}
start_server $port JESS_ENGINES="99.1=$engine_exe" JESS_WORKERS=2 JESS_UPLOAD_MAX_FILES=50000 ${BENCH_ENV:-}
make_zip "$bench_dir/job.zip" "$n" 1 ""
# utime+stime and cutime+cstime of a process, in ms
cpu_of() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz, ($16 + $17) * 1000 / hz}' "/proc/$1/stat"; }
# run_job LABEL: one job, one line; sets submit, rate, per_case, jvm, kid
run_job() {
  local jvm0 kid0 jvm1 kid1 t0 t1 t2 id
  read -r jvm0 kid0 < <(cpu_of "$server_pid")
  t0=$(now_ms)
  id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$bench_dir/job.zip" \
       "http://127.0.0.1:$port/jess_web/api/job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  t1=$(now_ms)
  until curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$port/jess_web/api/job/status/$id" \
        | grep -q '"status":"FINISHED"'; do sleep 0.02; done
  t2=$(now_ms)
  read -r jvm1 kid1 < <(cpu_of "$server_pid")
  submit=$((t1 - t0))
  rate=$(python3 -c "print(round($n / (($t2 - $t0) / 1000.0), 1))")
  # wall time a case occupies one of the 2 workers (engine included)
  per_case=$(python3 -c "print(round(($t2 - $t0) * 2 / $n, 2))")
  jvm=$(python3 -c "print(round(($jvm1 - $jvm0) / $n, 2))")
  kid=$(python3 -c "print(round(($kid1 - $kid0) / $n, 2))")
  echo "$1: $n cases, submit answered in $submit ms, FINISHED after $((t2 - t0)) ms: $rate cases/s," \
       "$per_case ms of worker time per case; CPU per case: server JVM $jvm ms, engine processes $kid ms"
}
warm_up_jobs "$warmup_jobs"
submits=(); rates=(); overheads=(); jvms=(); kids=()
for r in $(seq 1 "$runs"); do
  run_job "run $r"
  submits+=("$submit"); rates+=("$rate"); overheads+=("$per_case"); jvms+=("$jvm"); kids+=("$kid")
done
# the stand-in's own cost per case, run the way the executor runs it (LocalProcessExecutor.WRAPPER)
mkdir -p "$bench_dir/probe/out"; printf 'Version,99.1;\n' > "$bench_dir/probe/m.idf"
probe=$(bash -c 'e0=$(date +%s%3N); for i in $(seq 1 200); do
    sh -c "\"\$@\"; rc=\$?; times > /dev/null; exit \$rc" jess-case "$1" -w x.epw -d "$2/out" "$2/m.idf" >/dev/null; done
  e1=$(date +%s%3N); echo $((e1 - e0)); times' x "$engine_exe" "$bench_dir/probe")
engine_wall=$(python3 -c "print(round($(echo "$probe" | head -1) / 200, 2))")
engine_cpu=$(echo "$probe" | sed -n 3p | python3 -c '
import re, sys
f = [int(m) * 60 + float(s.replace(",", ".")) for m, s in re.findall(r"(\d+)m([\d.,]+)s", sys.stdin.read())]
print(round(sum(f) * 1000 / 200, 2))')
echo "median of $runs runs: submit $(median "${submits[@]}") ms, $(median "${rates[@]}") cases/s, $(median "${overheads[@]}") ms worker time per case;" \
     "CPU per case: server JVM $(median "${jvms[@]}") ms, engine processes $(median "${kids[@]}") ms"
echo "the stand-in alone ($(basename "$engine_exe") under the executor's sh wrapper): $engine_wall ms wall, $engine_cpu ms CPU per case;" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
