# Helpers shared by the .ci scripts (sourced, not run): die, run_quiet and pinned_venv, taken from the users'
# EnergyPlus installer, which defines them when sourced and has to stay one file that runs without .ci.
# Their messages start with the sourcing script's name.

# shellcheck source=../server-config/install-energyplus.sh
source "$(dirname "${BASH_SOURCE[0]}")/../server-config/install-energyplus.sh"
