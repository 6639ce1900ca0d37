# Shared by the benchmark scripts: start target/jess-server.jar on an empty data folder, log on.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=${BENCH_JAR:-$root/target/jess-server.jar}
fake=$root/src/test/resources/engine/fake-energyplus
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }

# start_server PORT [ENV=VALUE...]: starts the uberjar with a fresh data folder, waits until it answers.
# Each script has its own default port; BENCH_PORT overrides it. BENCH_ARGS are added to the
# uberjar's command line (e.g. --prebootcommandfile F to try a setting), JAVA_OPTS to the JVM's.
start_server() {
  local port=$1; shift
  # a server already on the port would answer the checks below and be measured instead of ours
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is in use (another benchmark?); set BENCH_PORT" >&2; exit 1
  fi
  bench_dir=$(mktemp -d)
  launched_pids=()
  trap stop_servers EXIT
  launch "$port" "$bench_dir/server.log" "$@"
  server_pid=$launched_pid
  curl -sf -c "$bench_dir/cookies" -o /dev/null -H 'Content-Type: application/json' \
       -d '{"email":"admin@localhost","password":"bench-pass-1"}' "http://127.0.0.1:$port/users/api/auth"
  token=$(awk '$6 == "session_token" {print $7}' "$bench_dir/cookies")
}

# launch PORT LOG [ENV=VALUE...]: the uberjar on the data folder $bench_dir/data, started in the
# background and waited for until it answers; sets launched_pid and adds it to launched_pids, which
# stop_servers stops. A second instance on the same folder is a second launch.
launch() {
  local port=$1 log=$2; shift 2
  env JESS_DATA_DIR="$bench_dir/data" JESS_ADMIN_PASSWORD=bench-pass-1 "$@" \
      java ${JAVA_OPTS:-} -jar "$jar" --port "$port" ${BENCH_ARGS:-} >"$log" 2>&1 &
  launched_pid=$!
  launched_pids+=("$launched_pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/users/api/info"; do
    kill -0 $launched_pid 2>/dev/null || { echo "server on port $port died, see $log" >&2; exit 1; }
    sleep 0.1
  done
}

# stop_servers: stops every launched server and removes the data folder (the scripts' EXIT trap)
stop_servers() {
  kill "${launched_pids[@]}" 2>/dev/null
  wait "${launched_pids[@]}" 2>/dev/null || true
  rm -rf "$bench_dir"
}

# make_zip FILE MODELS WEATHERS DIRECTIVE [VERSION]: a job of MODELS x WEATHERS cases for a stand-in engine
make_zip() {
  python3 - "$@" <<'PY'
import sys, zipfile
out, models, weathers, directive = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
version = sys.argv[5] if len(sys.argv) > 5 else "99.1"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(models):
        z.writestr(f"m{i:05d}.idf", f"Version,{version};\n" + (f"! fake: {directive}\n" if directive else ""))
    for i in range(weathers):
        z.writestr(f"w{i:05d}.epw", "LOCATION,Bench\n")
PY
}

# settled PREV CUR TOLERANCE: true when CUR is within TOLERANCE (a fraction) of PREV
settled() { python3 -c "import sys; sys.exit(0 if abs($2 - $1) <= $3 * $1 else 1)"; }
# warm_up_jobs MAX: the script's run_job LABEL (which sets $rate) as warm-up, until two jobs in a
# row are within 10% of each other (at least 2, at most MAX jobs); printed, not counted
warm_up_jobs() {
  local prev=0 w
  for w in $(seq 1 "$1"); do
    run_job "warm-up job $w"
    if ((w >= 2)) && settled "$prev" "$rate" 0.1; then break; fi
    prev=$rate
  done
}

# warm_up_rounds CMD: runs "CMD 10" (10 s of traffic, prints requests/s) until two rounds in a row
# are within 5% of each other, after at least WARMUP_MIN s (default 120, since the rate often jumps
# after 60 to 90 s) and at most WARMUP_MAX s (default 300); sets warmed_s
warm_up_rounds() {
  local prev=0 r min=${WARMUP_MIN:-120} max=${WARMUP_MAX:-300}
  warmed_s=0
  while :; do
    r=$("$1" 10); warmed_s=$((warmed_s + 10))
    echo "  ${warmed_s} s: $r requests/s"
    if ((warmed_s >= min)) && settled "$prev" "$r" 0.05; then break; fi
    if ((warmed_s >= max)); then echo "  (not settled after $max s)"; break; fi
    prev=$r
  done
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ms() { date +%s%3N; }

# timed_job PORT ZIP: submits the zip as the logged-on user and polls its status every 20 ms until FINISHED; sets
# id, t0 (before the submit), t1 (its answer) and t2 (the first poll showing FINISHED), in ms
timed_job() {
  t0=$(now_ms)
  id=$(curl -sf -H "Cookie: session_token=$token" -F "file=@$2" "http://127.0.0.1:$1/jess_web/api/job" \
       | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"])')
  t1=$(now_ms)
  until curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$1/jess_web/api/job/status/$id" \
        | grep -q '"status":"FINISHED"'; do sleep 0.02; done
  t2=$(now_ms)
}

# timed_cancel PORT ID: sends Cancel for the job and polls its status every 20 ms until CANCELED; sets t0 (before the
# request) and t1 (the first poll showing CANCELED), in ms
timed_cancel() {
  t0=$(now_ms)
  curl -sf -H "Cookie: session_token=$token" -H 'Content-Type: application/json' -d '{"cmd":"Cancel"}' \
       "http://127.0.0.1:$1/jess_web/api/job/$2" | grep -q '"ok":true'
  until curl -sf -H "Cookie: session_token=$token" "http://127.0.0.1:$1/jess_web/api/job/status/$2" \
        | grep -q '"status":"CANCELED"'; do sleep 0.02; done
  t1=$(now_ms)
}
