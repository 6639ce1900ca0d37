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
  env JESS_DATA_DIR="$bench_dir/data" JESS_ADMIN_PASSWORD=bench-pass-1 "$@" \
      java ${JAVA_OPTS:-} -jar "$jar" --port "$port" ${BENCH_ARGS:-} >"$bench_dir/server.log" 2>&1 &
  server_pid=$!
  trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$bench_dir"' EXIT
  until curl -sf -o /dev/null "http://127.0.0.1:$port/users/api/info"; do
    kill -0 $server_pid 2>/dev/null || { echo "server died, see $bench_dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  curl -sf -c "$bench_dir/cookies" -o /dev/null -H 'Content-Type: application/json' \
       -d '{"email":"admin@localhost","password":"bench-pass-1"}' "http://127.0.0.1:$port/users/api/auth"
  token=$(awk '$6 == "session_token" {print $7}' "$bench_dir/cookies")
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
