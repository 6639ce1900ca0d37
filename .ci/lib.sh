# Helpers shared by the .ci/install-* scripts (sourced, not run).

# the script's name, for its messages
JESS_CI_NAME="$(basename "$0" .sh)"

die() { echo "$JESS_CI_NAME: $*" >&2; exit 1; }

# run_quiet DESC CMD...: run CMD with output captured; show it only if CMD fails.
run_quiet() {
  local desc="$1"; shift
  local log; log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then
    echo "$JESS_CI_NAME: $desc failed: $*" >&2
    tail -n 60 "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}
