#!/usr/bin/env bash
# Slurm for the Slurm executor's tests: Debian's slurm-wlm (slurmctld, slurmd, the client tools) and munge, installed
# only when dpkg says they are missing (a tool on PATH may have been installed by hand, without the daemons). Root.
set -euo pipefail
missing=()
for p in slurm-wlm munge; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
