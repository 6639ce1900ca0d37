package org.jessserver.job.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.jessserver.job.entity.Job;

/**
 * A job's case counts per state and JESS's seven-number progress string: total, failed, rejected,
 * cancelled, queued or running, simulated (not collected), collected. p1 = p2 + ... + p7 always.
 */
@JsonbPropertyOrder({"total", "failed", "rejected", "cancelled", "queued", "running", "simulated", "collected"})
public record ProgressCounts(int total, int failed, int rejected, int cancelled, int queued, int running,
                             int simulated, int collected) {

    public static ProgressCounts of(Job j) {
        return new ProgressCounts(j.getTotalCases(), j.getFailedCases(), j.getRejectedCases(), j.getCancelledCases(),
                j.getQueuedCases(), j.getRunningCases(), j.getSimulatedCases(), j.getCollectedCases());
    }

    public String progress() {
        return total + ", " + failed + ", " + rejected + ", " + cancelled + ", " + (queued + running) + ", "
                + simulated + ", " + collected;
    }
}
