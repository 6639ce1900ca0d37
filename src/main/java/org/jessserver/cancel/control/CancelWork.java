package org.jessserver.cancel.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jessserver.dispatch.control.JobRuns;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.control.JobCompletion;
import org.jessserver.job.control.JobTransitions;

/**
 * Finishes the cancel of one flagged job as far as this instance can: cancels the cases not yet
 * started, starts stopping the ones it runs itself (their ends, once recorded, end the job by RunEnded),
 * and ends the job once nothing of it is queued or running.
 * Every step is guarded, so the timer on each instance and the start right after the flag may overlap.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CancelWork {

    private static final Logger LOG = Logger.getLogger(CancelWork.class.getName());


    @Inject
    Event<CancelCompleted> completed;

    @Inject
    JobTransitions jobs;

    @Inject
    JobCompletion completion;

    @Inject
    CaseTransitions cases;

    @Inject
    JobRuns runs;

    @Inject
    @ConfigProperty(name = "jess.cancel.grace")
    Duration grace;

    /** Started right after a cancel flag is committed, so that the cancel does not wait for the next tick. */
    @Asynchronous
    public void soon(long jobId) {
        try {
            finish(jobId);
        } catch (RuntimeException e) {
            // the timer tries again within a second
            LOG.log(Level.FINE, "Immediate cancel of job " + jobId + " did not finish; the timer goes on", e);
        }
    }

    public void finish(long jobId) {
        jobs.cancelQueued(jobId);
        runs.stopJob(jobId, grace);
        end(jobId);
    }

    /** Ends the flagged job if nothing of it is queued or running (its tables with it), then tidies its case rows. */
    public void end(long jobId) {
        if (completion.cancelIfStopped(jobId)) {
            cases.cancelUnstarted(jobId);
            // this bean runs outside transactions: the job's end is committed by now
            completed.fire(new CancelCompleted(jobId, jobs.cancelWait(jobId).orElse(null)));
        }
    }
}
