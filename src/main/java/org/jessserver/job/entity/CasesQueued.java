package org.jessserver.job.entity;

/** CDI event: cases of a job have become runnable on this instance (prepared, or put back in the queue). */
public record CasesQueued(long jobId) {
}
