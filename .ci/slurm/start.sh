#!/usr/bin/env bash
# Starts a localhost-only single-node Slurm by hand (no systemd): munged, slurmctld and slurmd, with this folder's
# slurm.conf (its node sized to this machine) and cgroup.conf copied to /etc/slurm. Where the cgroup v1 freezer is
# missing (cgroup v2 only, a container), tasks are tracked by proctrack/linuxproc instead. State and logs in
# /tmp/jess-slurm. Idempotent; runs as root; stop.sh stops what it started.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
S=/tmp/jess-slurm
mkdir -p $S/ctld $S/d $S/log

# munge: Slurm's authentication between its daemons and tools
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  install -d -o munge -g munge -m 0755 /run/munge
  [ -s /etc/munge/munge.key ] || { /usr/sbin/mungekey --create --force; chown munge:munge /etc/munge/munge.key; chmod 0600 /etc/munge/munge.key; }
  runuser -u munge -- /usr/sbin/munged --num-threads=4
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
fi
munge -n | unmunge | grep -q 'STATUS: *Success' || { echo "munged does not answer" >&2; exit 1; }

install -d /etc/slurm
cpus=$(nproc)
mem=$(( $(awk '/^MemTotal/ {print $2}' /proc/meminfo) / 1024 * 9 / 10 ))
sed -e "s/^NodeName=localhost .*/NodeName=localhost NodeAddr=127.0.0.1 NodeHostname=localhost CPUs=$cpus RealMemory=$mem State=UNKNOWN/" \
  "$here/slurm.conf" > /etc/slurm/slurm.conf
if [ -d /sys/fs/cgroup/freezer ] && [ "${PROCTRACK:-cgroup}" = cgroup ]; then
  cp "$here/cgroup.conf" /etc/slurm/cgroup.conf
  tracking=proctrack/cgroup
else
  sed -i 's#^ProctrackType=.*#ProctrackType=proctrack/linuxproc#' /etc/slurm/slurm.conf
  rm -f /etc/slurm/cgroup.conf
  tracking=proctrack/linuxproc
fi

alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# -c: a cold start, without the job state of an earlier run
alive $S/slurmctld.pid || /usr/sbin/slurmctld -c
alive $S/slurmd.pid || /usr/sbin/slurmd -N localhost
st=
for _ in $(seq 150); do
  st=$(sinfo -h -n localhost -o '%T' 2>/dev/null | head -1 || true)
  case "$st" in idle*|mixed*|allocated*) break;; esac
  sleep 0.2
done
case "$st" in idle*|mixed*|allocated*) ;; *) echo "the Slurm node did not come up (state: ${st:-none}); see $S/log" >&2; exit 1;; esac
echo "Slurm up: slurmctld $(cat $S/slurmctld.pid), slurmd $(cat $S/slurmd.pid), $cpus CPUs, $tracking, node $st"
