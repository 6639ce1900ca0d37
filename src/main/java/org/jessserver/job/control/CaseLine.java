package org.jessserver.job.control;

import java.util.regex.Pattern;
import org.jessserver.job.entity.CaseState;

/**
 * A case as its job's case list shows it: what it runs and how it stands or ended. The exit code is null until a run
 * ends (and for a case that never ran); CPU time is 0 until then. The run is the scheduler's job and task of its
 * current or last run (slurm:12_3), null for a local run.
 */
public record CaseLine(int caseNo, String name, String model, String weather, CaseState state, Integer exitCode,
                       long cpuMillis, String message, String run) {

    /** A run reference naming a scheduler's job and task; a local one names only its instance, no use to a user. */
    private static final Pattern SCHEDULED = Pattern.compile("[a-z]+:\\d+_\\d+");

    /** The run reference as users see it: a scheduler's job and task, or null. */
    public static String shownRun(String runRef) {
        return runRef != null && SCHEDULED.matcher(runRef).matches() ? runRef : null;
    }
}
