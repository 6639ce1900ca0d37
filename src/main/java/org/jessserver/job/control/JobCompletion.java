package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.jessserver.job.entity.JobFinished;

/**
 * Ends a job whose cases are all done: FINISHED, its simulated cases collected, and its result tables written
 * (by whoever observes {@link JobFinished}), in one guarded transaction that loses to a cancel flag set before it.
 */
@Stateless
public class JobCompletion {

    @Inject
    JobTransitions jobs;

    @Inject
    CaseTransitions cases;

    @Inject
    Event<JobFinished> finished;

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

    /** Jobs whose counts say they are done but that are still QUEUED: their last case's instance may have died. */
    public List<Long> overdue() {
        return jobs.overdue();
    }
}
