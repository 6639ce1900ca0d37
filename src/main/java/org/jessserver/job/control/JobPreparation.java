package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.jessserver.engine.control.EngineCatalog;
import org.jessserver.engine.control.ModelVersion;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.job.entity.StatusTexts;
import org.jessserver.platform.control.Settings;
import org.jessserver.simcase.entity.CaseState;
import org.jessserver.simcase.entity.SimCase;

/**
 * Makes a job's cases in one transaction: each model's version picks its engine, a model without
 * an engine makes rejected cases, and the job becomes QUEUED, or REJECTED when no case can run.
 * A job whose cancel flag is set gets no cases.
 */
@Stateless
public class JobPreparation {

    private static final Logger LOG = Logger.getLogger(JobPreparation.class.getName());

    private static final List<JobStatus> WAITING = List.of(JobStatus.UNPACKED, JobStatus.ACCEPTED);

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    EngineCatalog engines;

    /** Prepares the job if it still waits for it; safe to call twice or from two instances at once. */
    public void prepare(long jobId) {
        // the row lock serialises two preparers of the same job; the second sees QUEUED and leaves
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.isCancelFlag()
                || (job.getStatus() != JobStatus.UNPACKED && job.getStatus() != JobStatus.ACCEPTED)) {
            return;
        }
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
        Map<String, ModelCheck> checks = new HashMap<>();
        int queued = 0;
        int rejected = 0;
        String firstReason = null;
        boolean expand = false;
        for (CasePlan.Entry e : entries) {
            ModelCheck check = checks.computeIfAbsent(e.model(), m -> check(input.resolve(m), m));
            if (check.engine() != null) {
                em.persist(new SimCase(jobId, e.caseNo(), e.name(), e.model(), e.weather(), check.engine(),
                        CaseState.QUEUED, null));
                queued++;
                expand |= check.needsExpansion();
            } else {
                em.persist(new SimCase(jobId, e.caseNo(), e.name(), e.model(), e.weather(), null,
                        CaseState.REJECTED, check.problem()));
                rejected++;
                firstReason = firstReason == null ? check.problem() : firstReason;
            }
        }
        long now = System.currentTimeMillis();
        boolean runnable = queued > 0;
        em.createQuery("update Job j set j.status = :status, j.statusInfo = :info, j.njobs = :total,"
                        + " j.queued = :queued, j.rejected = :rejected, j.expandObjects = :expand,"
                        + " j.accepted = coalesce(j.accepted, :now), j.prepared = :now, j.lastUpdate = :now,"
                        + " j.completionTime = :done where j.id = :id")
                .setParameter("status", runnable ? JobStatus.QUEUED : JobStatus.REJECTED)
                .setParameter("info", runnable ? StatusTexts.QUEUED : rejectedText(rejected, firstReason))
                .setParameter("total", entries.size()).setParameter("queued", queued)
                .setParameter("rejected", rejected).setParameter("expand", expand)
                .setParameter("now", now).setParameter("done", runnable ? null : now)
                .setParameter("id", jobId).executeUpdate();
        LOG.fine("Job " + jobId + " prepared: " + entries.size() + " case(s), " + rejected + " rejected");
    }

    /**
     * Starts an attempt at preparing the job: it shows ACCEPTED and the attempt is counted.
     * Returns the attempt's number, or 0 when the job no longer waits for preparation.
     */
    public int begin(long jobId) {
        long now = System.currentTimeMillis();
        int changed = em.createQuery("update Job j set j.status = :accepted, j.statusInfo = :info,"
                        + " j.accepted = coalesce(j.accepted, :now), j.lastUpdate = :now,"
                        + " j.prepAttempts = j.prepAttempts + 1"
                        + " where j.id = :id and j.status in :waiting and j.cancelFlag = 0")
                .setParameter("accepted", JobStatus.ACCEPTED).setParameter("info", StatusTexts.ACCEPTED)
                .setParameter("now", now).setParameter("id", jobId).setParameter("waiting", WAITING)
                .executeUpdate();
        if (changed == 0) {
            return 0;
        }
        return em.createQuery("select j.prepAttempts from Job j where j.id = :id", Integer.class)
                .setParameter("id", jobId).getSingleResult();
    }

    /** Ends a job whose preparation failed for the last time: REJECTED, saying why. */
    public void giveUp(long jobId, int attempts, String why) {
        long now = System.currentTimeMillis();
        em.createQuery("update Job j set j.status = :rejected, j.statusInfo = :info, j.completionTime = :now,"
                        + " j.lastUpdate = :now where j.id = :id and j.status in :waiting and j.cancelFlag = 0")
                .setParameter("rejected", JobStatus.REJECTED)
                .setParameter("info", "Job rejected: preparing its cases failed " + attempts + " times: " + why)
                .setParameter("now", now).setParameter("id", jobId).setParameter("waiting", WAITING)
                .executeUpdate();
    }

    /** Jobs that wait for preparation longer than they should: their preparer may have died. */
    public List<Long> stalled(long olderThan) {
        return em.createQuery("select j.id from Job j where j.status in :waiting and j.cancelFlag = 0"
                        + " and j.lastUpdate < :t", Long.class)
                .setParameter("waiting", WAITING)
                .setParameter("t", olderThan).getResultList();
    }

    private ModelCheck check(Path model, String name) {
        Optional<String> version = ModelVersion.of(model);
        if (version.isEmpty()) {
            return new ModelCheck(null, "Model " + name + " has no Version object", false);
        }
        Optional<Path> engine = engines.engineFor(version.get());
        if (engine.isEmpty()) {
            String installed = engines.installed().isEmpty() ? "none" : String.join(", ", engines.installed().keySet());
            return new ModelCheck(null, "No EnergyPlus engine for version " + version.get() + " of model " + name
                    + "; installed: " + installed, false);
        }
        return new ModelCheck(version.get(), null, ModelText.containsHvacTemplates(model));
    }

    private static String rejectedText(int rejected, String reason) {
        return "Job rejected: none of its " + rejected + " case(s) can run. " + reason;
    }

    /** The outcome of looking at one model: the engine version to use, or why it cannot run. */
    private record ModelCheck(String engine, String problem, boolean needsExpansion) {
    }
}
