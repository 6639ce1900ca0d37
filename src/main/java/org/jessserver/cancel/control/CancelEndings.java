package org.jessserver.cancel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.platform.control.AfterCommit;

/** Ends a flagged job CANCELED once the run of its last case has ended and been committed (else the cancel timer). */
@ApplicationScoped
public class CancelEndings {

    @Inject
    CancelWork work;

    @Inject
    AfterCommit afterCommit;

    void onRunEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunEnded ended) {
        if (ended.lastOfJob()) {
            long jobId = ended.key().jobId();
            afterCommit.run("end the cancel of job " + jobId, () -> work.end(jobId));
        }
    }
}
