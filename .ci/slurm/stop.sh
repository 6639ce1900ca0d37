#!/usr/bin/env bash
# Stops what start.sh started, by pid, after cancelling the jobs left in the queue so that no task outlives the
# daemons. The packages stay installed.
S=/tmp/jess-slurm
alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
if alive $S/slurmctld.pid; then
  scancel --user="$(id -un)" 2>/dev/null || true
  for _ in $(seq 100); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
fi
stop() { # name, pid file
  [ -s "$2" ] || return 0
  local p; p=$(cat "$2")
  if kill -0 "$p" 2>/dev/null; then
    kill -TERM "$p"
    for _ in $(seq 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$p" 2>/dev/null && kill -KILL "$p"
    echo "$1 ($p) stopped"
  fi
  rm -f "$2"
}
stop slurmd $S/slurmd.pid
stop slurmctld $S/slurmctld.pid
stop munged /run/munge/munged.pid
rm -f /etc/slurm/slurm.conf /etc/slurm/cgroup.conf
# the empty cgroup v1 folders proctrack/cgroup leaves (rmdir removes only empty ones)
for d in /sys/fs/cgroup/*/slurm_localhost /sys/fs/cgroup/*/slurm; do
  [ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null
done
exit 0
