package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.platform.control.AfterCommit;

/** Finishes a job once the run of its last case has ended and been committed (the sweeper does it otherwise). */
@ApplicationScoped
public class JobEndings {

    @Inject
    JobCompletion completion;

    @Inject
    AfterCommit afterCommit;

    void onRunEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunEnded ended) {
        if (ended.lastOfJob()) {
            long jobId = ended.key().jobId();
            afterCommit.run("finish job " + jobId, () -> completion.finishIfDone(jobId));
        }
    }
}
