#!/usr/bin/env bash
# Start-up time of target/jess-server.jar to the first answered request, and resident memory at rest.
# Usage: bench/startup.sh [runs]   (default 5; each run starts on an empty data folder)
set -euo pipefail
runs=${1:-5}
jar=$(cd "$(dirname "$0")/.." && pwd)/target/jess-server.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 1; }
port=18080
times=(); rss=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  JESS_DATA_DIR=$dir/data JESS_ADMIN_PASSWORD=bench-pass-1 java -jar "$jar" --port $port >"$dir/log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/users/api/info"; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $dir/log" >&2; exit 1; }
    sleep 0.05
  done
  up=$(( ($(date +%s%N) - start) / 1000000 ))
  # one log-on, then rest
  curl -sf -o /dev/null -H 'Content-Type: application/json' \
       -d '{"email":"admin@localhost","password":"bench-pass-1"}' "http://127.0.0.1:$port/users/api/auth"
  sleep 10
  kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
  times+=("$up"); rss+=("$kb")
  echo "run $i: first answer after ${up} ms, RSS at rest $((kb / 1024)) MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median start-up to first answer: $(median "${times[@]}") ms over $runs runs"
echo "median RSS at rest: $(( $(median "${rss[@]}") / 1024 )) MiB (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
