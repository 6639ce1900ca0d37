#!/usr/bin/env bash
# Bytes written to disk for an over-limit upload: sends SIZE_MB (default 100) of one file to the upload
# area and to POST /jess_web/api/job of a server whose JESS_UPLOAD_MAX_BYTES is LIMIT (default 5 MB),
# and reports each reply and the peak of the bytes under the data folder and the server's java.io.tmpdir,
# sampled every 20 ms while the upload runs (less the bytes that were there before), and what is left after.
# curl sends at RATE (default 20M bytes/s, curl's --limit-rate) so that the samples see the spool grow.
#   bench/upload.sh [SIZE_MB] [LIMIT]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
size_mb=${1:-100}
limit=${2:-5000000}
port=${BENCH_PORT:-18094}
tmp=$(mktemp -d)
JAVA_OPTS="-Djava.io.tmpdir=$tmp ${JAVA_OPTS:-}"
start_server "$port" JESS_UPLOAD_MAX_BYTES="$limit"
trap 'stop_servers; rm -rf "$tmp"' EXIT
head -c $((size_mb * 1000000)) /dev/urandom >"$bench_dir/big.epw"
used() { du -sb "$bench_dir/data" "$tmp" 2>/dev/null | awk '{s += $1} END {print s}'; }

# measure NAME URL FIELDS...: one curl upload while sampling the disk
measure() {
  local name=$1 url=$2; shift 2
  local before peak=0 now
  before=$(used)
  curl -s -o "$bench_dir/reply" -w '%{http_code}' --limit-rate "${RATE:-20M}" -b "session_token=$token" "$@" "$url" \
      >"$bench_dir/code" &
  local curl_pid=$!
  while kill -0 $curl_pid 2>/dev/null; do
    now=$(used); (( now - before > peak )) && peak=$((now - before))
    sleep 0.02
  done
  wait $curl_pid || true
  sleep 1
  echo "$name: HTTP $(cat "$bench_dir/code") $(head -c 300 "$bench_dir/reply")"
  echo "  sent ${size_mb} MB at a limit of $limit bytes: peak written $peak bytes, left after 1 s $(( $(used) - before )) bytes"
}
for mode in Content-Length chunked; do
  headers=()
  [ $mode = chunked ] && headers=(-H 'Transfer-Encoding: chunked')
  measure "upload area, $mode" "http://127.0.0.1:$port/users/api/files/bench" "${headers[@]}" -F "file=@$bench_dir/big.epw"
  measure "POST /job, $mode" "http://127.0.0.1:$port/jess_web/api/job" "${headers[@]}" -F title=bench -F "file=@$bench_dir/big.epw"
done
