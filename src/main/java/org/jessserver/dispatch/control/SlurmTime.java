package org.jessserver.dispatch.control;

import java.time.Duration;

/** A duration in Slurm's time format for --time: "days-hours:minutes:seconds", rounded up to whole minutes. */
final class SlurmTime {

    private SlurmTime() {
    }

    /** Slurm counts time limits in minutes (it would round 90 s up itself); a limit is never shorter than asked. */
    static String of(Duration d) {
        long minutes = Math.max(1, (d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0) + 59) / 60);
        long days = minutes / 1440;
        String hms = String.format(java.util.Locale.ROOT, "%02d:%02d:00", minutes / 60 % 24, minutes % 60);
        return days > 0 ? days + "-" + hms : hms;
    }
}
