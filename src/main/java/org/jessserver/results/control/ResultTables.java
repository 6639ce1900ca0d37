package org.jessserver.results.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.JobTransitions;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobType;
import org.jessserver.job.entity.SimCase;
import org.jessserver.job.entity.JobCanceled;
import org.jessserver.job.entity.JobFinished;
import org.jessserver.job.entity.StatusTexts;
import org.jessserver.platform.control.InvalidRequestException;
import org.jessserver.platform.control.Settings;

/**
 * Writes a finished job's result tables (job_summary.csv, and a jEPlus job's tables), in the transaction that finishes
 * it, and adds their bytes to its storage; a cancelled jEPlus job gets the tables of the cases that ran.
 */
@ApplicationScoped
public class ResultTables {

    private static final Logger LOG = Logger.getLogger(ResultTables.class.getName());

    @Inject
    Settings settings;

    @Inject
    ResultSummary summary;

    @Inject
    CaseTransitions cases;

    @Inject
    JobTransitions transitions;

    @Inject
    Jobs jobs;

    @Inject
    ProjectTables projects;

    void onFinished(@Observes JobFinished finished) {
        long jobId = finished.jobId();
        long written = 0;
        String info = StatusTexts.FINISHED;
        JobFolder folder = JobFolder.of(settings.dataDir(), jobId);
        List<SimCase> all = cases.ofJob(jobId);
        try {
            written = summary.write(folder, all);
            Optional<Job> job = jobs.find(jobId).filter(j -> j.getType() == JobType.JE_JEP);
            if (job.isPresent()) {
                written += projects.write(folder, job.get(), all);
            }
        } catch (InvalidRequestException | UncheckedIOException e) {
            // the cases' results are on disk and the job ends anyway: waiting for space could take for ever
            info = StatusTexts.finishedWithoutTable(e.getMessage());
        } catch (RuntimeException e) {
            // a fault of ours in the tables must not keep the job from ending: it is said, and logged in full
            LOG.log(Level.WARNING, "Result tables of job " + jobId + " failed", e);
            info = StatusTexts.finishedWithoutTable(e.toString());
        }
        transitions.tablesWritten(jobId, written, info);
    }

    /** A cancelled jEPlus job gets the tables of the cases that ran; a table that cannot be written is logged. */
    void onCanceled(@Observes JobCanceled canceled) {
        long jobId = canceled.jobId();
        Optional<Job> job = jobs.find(jobId).filter(j -> j.getType() == JobType.JE_JEP);
        if (job.isEmpty()) {
            return;
        }
        try {
            transitions.tablesAdded(jobId, projects.write(JobFolder.of(settings.dataDir(), jobId), job.get(),
                    cases.ofJob(jobId)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cancelled job " + jobId + " has no result tables", e);
        }
    }
}
