#!/usr/bin/env bash
# Installs a real EnergyPlus 25.2 plus test fixtures for jess-server's tests: the users' install script
# (server-config/install-energyplus.sh) into the tests' home, then the fixtures.
#
#   JESS_EP_HOME (default /opt/jess-energyplus) ends up holding, besides what that script installs
#   (venv/, bin/energyplus, examples/):
#     fixtures/warehouse.idf RefBldgWarehouseNew2004_Chicago (design days only, ~1 s),
#                            table style CommaAndHTML so eplustbl.csv is written
#     fixtures/chicago.epw   USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw
#
# Idempotent (a rerun only re-checks, no reinstall) and quiet: prints one line on success,
# the captured output of the failing step otherwise. Needs python3 >= 3.11; runs as root
# (or as a user who can write JESS_EP_HOME and already has libX11).
set -euo pipefail

export JESS_EP_HOME="${JESS_EP_HOME:-/opt/jess-energyplus}"

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

ready="$(bash "$(dirname "$0")/../server-config/install-energyplus.sh")"
EP_HOME="$(cd "$JESS_EP_HOME" && pwd -P)"

# fixtures: the example model with its tables also as CSV, and the Chicago weather, as copies
# (the tests read them as plain files)
FIX="$EP_HOME/fixtures"
mkdir -p "$FIX"
SRC_IDF="$(readlink -f "$EP_HOME/examples/warehouse.idf")"
tmp="$(mktemp "$FIX/.warehouse.XXXXXX")"
sed '/^[[:space:]]*OutputControl:Table:Style,/,/;/ s/^\([[:space:]]*\)HTML;/\1CommaAndHTML;/' \
  "$SRC_IDF" >"$tmp"
if ! grep -A1 '^[[:space:]]*OutputControl:Table:Style,' "$tmp" | grep -q '^[[:space:]]*CommaAndHTML;'; then
  rm -f "$tmp"
  die "could not switch OutputControl:Table:Style to CommaAndHTML in $SRC_IDF (model changed?)"
fi
if cmp -s "$tmp" "$FIX/warehouse.idf"; then rm -f "$tmp"; else chmod 0644 "$tmp"; mv -f "$tmp" "$FIX/warehouse.idf"; fi

SRC_EPW="$(readlink -f "$EP_HOME/examples/chicago.epw")"
cmp -s "$SRC_EPW" "$FIX/chicago.epw" || cp -f "$SRC_EPW" "$FIX/chicago.epw"

echo "$ready"
