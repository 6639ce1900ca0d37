package org.jessserver.job.entity;

/**
 * A case's run has ended in the given state (recorded by its worker, or taken back from a lost instance); when
 * {@code lastOfJob}, none of the job's cases is queued or running any more, so the job can end. Fired in the
 * transaction that records it: observers that act on it observe it after the commit.
 */
public record RunEnded(CaseKey key, CaseState state, boolean lastOfJob) {
}
