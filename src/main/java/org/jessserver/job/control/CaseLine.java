package org.jessserver.job.control;

import org.jessserver.job.entity.CaseState;

/**
 * A case as its job's case list shows it: what it runs and how it stands or ended. The exit code is null until a run
 * ends (and for a case that never ran); CPU time is 0 until then.
 */
public record CaseLine(int caseNo, String name, String model, String weather, CaseState state, Integer exitCode,
                       long cpuMillis, String message) {
}
