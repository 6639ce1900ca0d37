#!/usr/bin/env bash
# Chromium and its chromedriver for the web page's browser tests (WebFlowsIT), from Debian's packages: the
# tests point Selenium at /usr/bin/chromedriver and /usr/lib/chromium/chromium and never download a driver
# or a browser, which these machines cannot do. Asks dpkg, not PATH: a chromium snap wrapper or a stray
# chromedriver on PATH is not what the tests use. Idempotent and quiet: one line on success, the output of
# the failing step otherwise. Runs as root.
set -euo pipefail

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PACKAGES=(chromium chromium-driver)

installed() { dpkg -s "$1" 2>/dev/null | grep -qx 'Status: install ok installed'; }

missing=()
for p in "${PACKAGES[@]}"; do
  installed "$p" || missing+=("$p")
done
if ((${#missing[@]})); then
  run_quiet "apt-get update" apt-get update -qq
  run_quiet "apt-get install ${missing[*]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  for p in "${missing[@]}"; do
    installed "$p" || die "$p still not installed after apt-get install"
  done
fi

# the paths the tests use, which a change of Debian's layout would break
for f in /usr/bin/chromedriver /usr/lib/chromium/chromium; do
  [ -x "$f" ] || die "$f missing although ${PACKAGES[*]} are installed"
done
echo "Browser ready: $(/usr/lib/chromium/chromium --version 2>/dev/null | head -1), $(/usr/bin/chromedriver --version | head -1)"
