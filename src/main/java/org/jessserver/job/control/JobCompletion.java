package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.jessserver.job.entity.JobCanceled;
import org.jessserver.job.entity.JobFinished;

/**
 * Ends a job whose cases are all done: FINISHED, its simulated cases collected, and its result tables written
 * (by whoever observes {@link JobFinished}), in one guarded transaction that loses to a cancel flag set before it;
 * or a flagged job CANCELED with the tables of the cases that ran.
 */
@Stateless
public class JobCompletion {

    @Inject
    JobTransitions jobs;

    @Inject
    CaseTransitions cases;

    @Inject
    Event<JobFinished> finished;

    @Inject
    Event<JobCanceled> canceled;

    /** Returns true when this call finished the job. */
    public boolean finishIfDone(long jobId) {
        if (!jobs.finish(jobId)) {
            return false;
        }
        cases.collect(jobId);
        // observed in this transaction, so that no client sees the job FINISHED before its tables are there
        finished.fire(new JobFinished(jobId));
        return true;
    }

    /**
     * Ends a flagged job whose cases are all stopped: CANCELED, and the tables of its simulated cases written (by
     * whoever observes {@link JobCanceled}) in the same transaction, so that no client sees the job CANCELED before
     * they are there. Returns true when this call ended it.
     */
    public boolean cancelIfStopped(long jobId) {
        if (!jobs.cancelled(jobId)) {
            return false;
        }
        canceled.fire(new JobCanceled(jobId));
        return true;
    }

    /** Jobs whose counts say they are done but that are still QUEUED: their last case's instance may have died. */
    public List<Long> overdue() {
        return jobs.overdue();
    }
}
