package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.job.entity.JobType;
import org.jessserver.platform.control.Settings;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.SimCase;

/**
 * Makes a job's cases in one transaction: each model's version picks its engine, a model without
 * an engine makes rejected cases, and the job becomes QUEUED, or REJECTED when no case can run.
 * A job whose cancel flag is set gets no cases. The state changes are its owners', {@link JobTransitions}
 * and {@link CaseTransitions}.
 */
@Stateless
public class JobPreparation {

    private static final Logger LOG = Logger.getLogger(JobPreparation.class.getName());

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    ModelChecks models;

    @Inject
    ProjectCases projects;

    @Inject
    JobTransitions jobs;

    @Inject
    CaseTransitions cases;

    /** Prepares the job if it still waits for it; safe to call twice or from two instances at once. */
    public void prepare(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (!waiting(job)) {
            return;
        }
        if (job.getType() == JobType.JE_JEP) {
            // streamed into the table under the row lock: a project's cases are too many to read first
            em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
            if (waiting(job)) {
                projects.prepare(job);
            }
            return;
        }
        // every model is read before the job row is locked: a second preparer waits for the writes only
        Cases made = cases(jobId, job);
        // the row lock serialises two preparers of the same job; the second sees QUEUED and leaves
        em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
        if (!waiting(job)) {
            return;
        }
        cases.add(made.all());
        int total = made.all().size();
        int queued = (int) made.all().stream().filter(c -> c.getState() == CaseState.QUEUED).count();
        int rejected = total - queued;
        String firstReason = made.all().stream().filter(c -> c.getState() == CaseState.REJECTED)
                .map(SimCase::getMessage).findFirst().orElse(null);
        jobs.prepared(jobId, total, queued, rejected, made.expandObjects(), rejectedText(rejected, firstReason));
        LOG.fine("Job " + jobId + " prepared: " + total + " case(s), " + rejected + " rejected");
    }

    private static boolean waiting(Job job) {
        return job != null && !job.isCancelFlag()
                && (job.getStatus() == JobStatus.UNPACKED || job.getStatus() == JobStatus.ACCEPTED);
    }

    /** The job's cases, each QUEUED with its engine's version or REJECTED saying why, from its folder's files. */
    private Cases cases(long jobId, Job job) {
        JobFolder folder = JobFolder.of(settings.dataDir(), jobId);
        List<CasePlan.Entry> entries;
        try {
            entries = CasePlan.of(folder.inputFiles(), job.getModelName(), job.getWeatherName()).entries();
            if (folder.flat()) {
                CasePlan.Entry one = entries.get(0);
                entries = List.of(new CasePlan.Entry(one.caseNo(), JobFolder.FLAT_CASE, one.model(), one.weather()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path input = folder.input();
        Map<String, ModelChecks.ModelCheck> checks = new HashMap<>();
        List<SimCase> made = new ArrayList<>(entries.size());
        boolean expand = false;
        for (CasePlan.Entry e : entries) {
            ModelChecks.ModelCheck check = checks.computeIfAbsent(e.model(), m -> models.check(input.resolve(m), m));
            expand |= check.engine() != null && check.needsExpansion();
            made.add(check.engine() != null
                    ? new SimCase(jobId, e.caseNo(), e.name(), e.model(), e.weather(), check.engine(), CaseState.QUEUED, null)
                    : new SimCase(jobId, e.caseNo(), e.name(), e.model(), e.weather(), null, CaseState.REJECTED,
                            check.problem()));
        }
        return new Cases(made, expand);
    }

    static String rejectedText(int rejected, String reason) {
        return "Job rejected: none of its " + rejected + " case(s) can run. " + reason;
    }

    /** A job's cases, made but not yet stored, and whether any runnable one needs ExpandObjects. */
    private record Cases(List<SimCase> all, boolean expandObjects) {
    }

}
