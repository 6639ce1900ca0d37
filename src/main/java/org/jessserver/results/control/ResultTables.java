package org.jessserver.results.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.JobTransitions;
import org.jessserver.job.entity.JobFinished;
import org.jessserver.job.entity.StatusTexts;
import org.jessserver.platform.control.DiskFullException;
import org.jessserver.platform.control.Settings;

/** Writes a finished job's result tables, in the transaction that finishes it, and adds their bytes to its storage. */
@ApplicationScoped
public class ResultTables {

    @Inject
    Settings settings;

    @Inject
    ResultSummary summary;

    @Inject
    CaseTransitions cases;

    @Inject
    JobTransitions jobs;

    void onFinished(@Observes JobFinished finished) {
        long jobId = finished.jobId();
        long written = 0;
        String info = StatusTexts.FINISHED;
        try {
            written = summary.write(JobFolder.of(settings.dataDir(), jobId), cases.ofJob(jobId));
        } catch (DiskFullException e) {
            // the cases' results are on disk and the job ends anyway: waiting for space could take for ever
            info = StatusTexts.finishedWithoutTable(e.getMessage());
        }
        jobs.tablesWritten(jobId, written, info);
    }
}
