package org.jessserver.job.entity;

/**
 * Case states. SIMULATED means the run completed and waits for the job's collection, which makes
 * it FINISHED; FAILED, REJECTED, CANCELLED and FINISHED are terminal.
 */
public enum CaseState {
    QUEUED, RUNNING, SIMULATED, FINISHED, FAILED, REJECTED, CANCELLED
}
