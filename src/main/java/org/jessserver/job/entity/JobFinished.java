package org.jessserver.job.entity;

/**
 * A job has just become FINISHED. Fired in the transaction that finishes it and observed in it (results writes
 * the job's tables there), so that the job is never seen FINISHED without them.
 */
public record JobFinished(long jobId) {
}
