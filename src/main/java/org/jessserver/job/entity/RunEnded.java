package org.jessserver.job.entity;

import java.time.Duration;

/**
 * A case's run has ended in the given state (recorded by its worker, or taken back from a lost instance); when
 * {@code lastOfJob}, none of the job's cases is queued or running any more, so the job can end. Fired in the
 * transaction that records it: observers that act on it observe it after the commit. {@code ranFor} is the run's
 * wall time when this instance ran it, null for a case taken back from a lost instance; {@code timedOut} tells a
 * FAILED run that hit its time-out apart.
 */
public record RunEnded(CaseKey key, CaseState state, boolean lastOfJob, boolean timedOut, Duration ranFor) {

    /** A recorded run's end. */
    public static RunEnded of(CaseResult result, boolean lastOfJob) {
        return new RunEnded(result.key(), result.state(), lastOfJob, result.timedOut(), result.ranFor());
    }

    /** The end of a case whose instance was lost: no run time is known here. */
    public static RunEnded lost(CaseKey key, CaseState state, boolean lastOfJob) {
        return new RunEnded(key, state, lastOfJob, false, null);
    }
}
