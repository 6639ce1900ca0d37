package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.job.entity.StatusTexts;

/**
 * Every change of a job's status, cancel flag and case counts: each a guarded UPDATE whose row count says
 * whether it happened, so that two instances (or a timer and a request) can try the same change at once.
 * Runs in the caller's transaction when there is one; a case's change and its job's counts commit together.
 */
@Stateless
public class JobTransitions {

    /** Where each case state is counted on the job row. */
    private static final Map<CaseState, String> COUNT = Map.of(
            CaseState.QUEUED, "queuedCases",
            CaseState.RUNNING, "runningCases",
            CaseState.SIMULATED, "simulatedCases",
            CaseState.FINISHED, "collectedCases",
            CaseState.FAILED, "failedCases",
            CaseState.REJECTED, "rejectedCases",
            CaseState.CANCELLED, "cancelledCases");

    private static final List<JobStatus> WAITING = List.of(JobStatus.UNPACKED, JobStatus.ACCEPTED);

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    /** Every time this writes (last update, accepted, ended) is read from it. */
    @Inject
    Clock clock;

    /** A new job (UNPACKED), given its id at once so that its folder can be named. */
    public void received(Job job) {
        em.persist(job);
        em.flush();
    }

    /**
     * Starts an attempt at preparing the job: it shows ACCEPTED and the attempt is counted.
     * Returns the attempt's number, or 0 when the job no longer waits for preparation.
     */
    public int preparing(long jobId) {
        long now = clock.millis();
        int changed = em.createQuery("update Job j set j.status = :accepted, j.statusInfo = :info,"
                        + " j.acceptedAt = coalesce(j.acceptedAt, :now), j.lastUpdate = :now,"
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

    /** The job's cases are made: QUEUED with its counts, or REJECTED (saying why) when none can run. */
    public void prepared(long jobId, int total, int queued, int rejected, boolean expandObjects, String whyRejected) {
        long now = clock.millis();
        boolean runnable = queued > 0;
        em.createQuery("update Job j set j.status = :status, j.statusInfo = :info, j.totalCases = :total,"
                        + " j.queuedCases = :queued, j.rejectedCases = :rejected, j.expandObjects = :expand,"
                        + " j.acceptedAt = coalesce(j.acceptedAt, :now), j.preparedAt = :now, j.lastUpdate = :now,"
                        + " j.completionTime = :done where j.id = :id")
                .setParameter("status", runnable ? JobStatus.QUEUED : JobStatus.REJECTED)
                .setParameter("info", runnable ? StatusTexts.QUEUED : whyRejected)
                .setParameter("total", total).setParameter("queued", queued)
                .setParameter("rejected", rejected).setParameter("expand", expandObjects)
                .setParameter("now", now).setParameter("done", runnable ? null : now)
                .setParameter("id", jobId).executeUpdate();
    }

    /** Ends a job whose preparation failed for the last time: REJECTED, saying why. */
    public void preparationFailed(long jobId, int attempts, String why) {
        long now = clock.millis();
        em.createQuery("update Job j set j.status = :rejected, j.statusInfo = :info, j.completionTime = :now,"
                        + " j.lastUpdate = :now where j.id = :id and j.status in :waiting and j.cancelFlag = 0")
                .setParameter("rejected", JobStatus.REJECTED)
                .setParameter("info", "Job rejected: preparing its cases failed " + attempts + " times: " + why)
                .setParameter("now", now).setParameter("id", jobId).setParameter("waiting", WAITING)
                .executeUpdate();
    }

    /** Jobs that wait for preparation too long at {@code now} ({@link LeaseRules#stalledBefore}): their preparer may have died. */
    public List<Long> stalled(Instant now, Duration lease) {
        return em.createQuery("select j.id from Job j where j.status in :waiting and j.cancelFlag = 0"
                        + " and j.lastUpdate < :t", Long.class)
                .setParameter("waiting", WAITING).setParameter("t", LeaseRules.stalledBefore(now, lease))
                .getResultList();
    }

    /**
     * Counts one of the job's queued cases as running, if the job is QUEUED, not flagged and has one. This locks
     * the job row: that orders a claim against a cancel (a flag set first is seen here; a flag set later waits
     * for this claim and then counts the case as running, not queued) and against other claims.
     */
    public boolean claimOne(long jobId, long now) {
        return em.createQuery("update Job j set j.queuedCases = j.queuedCases - 1, j.runningCases = j.runningCases + 1,"
                        + " j.lastUpdate = :now where j.id = :id and j.status = :queued and j.cancelFlag = 0"
                        + " and j.queuedCases > 0")
                .setParameter("now", now).setParameter("id", jobId).setParameter("queued", JobStatus.QUEUED)
                .executeUpdate() == 1;
    }

    /** Moves n cases from one state's count to another's. */
    public void move(long jobId, CaseState from, CaseState to, int n, long now) {
        String f = COUNT.get(from);
        String t = COUNT.get(to);
        em.createQuery("update Job j set j." + f + " = j." + f + " - :n, j." + t + " = j." + t + " + :n,"
                        + " j.lastUpdate = :now where j.id = :id")
                .setParameter("n", n).setParameter("now", now).setParameter("id", jobId)
                .executeUpdate();
    }

    /** A run ended: one case leaves RUNNING for its outcome, and its CPU time and result bytes join the job's. */
    public void runEnded(long jobId, CaseState outcome, long cpuMillis, long resultSize, long now) {
        String t = COUNT.get(outcome);
        em.createQuery("update Job j set j.runningCases = j.runningCases - 1, j." + t + " = j." + t + " + 1,"
                        + " j.cpuMillis = j.cpuMillis + :cpu, j.resultSize = j.resultSize + :size,"
                        + " j.storageSize = j.storageSize + :size, j.lastUpdate = :now where j.id = :id")
                .setParameter("cpu", cpuMillis).setParameter("size", resultSize).setParameter("now", now)
                .setParameter("id", jobId).executeUpdate();
    }

    /** Whether none of the job's cases is queued or running. */
    public boolean nothingLeftToRun(long jobId) {
        Object left = em.createQuery("select j.queuedCases + j.runningCases from Job j where j.id = :id")
                .setParameter("id", jobId).getSingleResult();
        return left instanceof Number n && n.intValue() == 0;
    }

    /**
     * Makes a job whose cases are all done FINISHED, its simulated cases counted as collected; loses to a cancel
     * flag set before it. Returns true when this call did it.
     */
    public boolean finish(long jobId) {
        long now = clock.millis();
        return em.createQuery("update Job j set j.status = :finished, j.statusInfo = :info,"
                        + " j.collectedCases = j.collectedCases + j.simulatedCases, j.simulatedCases = 0,"
                        + " j.simulatedAt = :now, j.collectedAt = :now, j.completionTime = :now, j.lastUpdate = :now"
                        + " where j.id = :id and j.status = :queued and j.cancelFlag = 0"
                        + " and j.queuedCases = 0 and j.runningCases = 0")
                .setParameter("finished", JobStatus.FINISHED).setParameter("info", StatusTexts.FINISHED)
                .setParameter("now", now).setParameter("id", jobId).setParameter("queued", JobStatus.QUEUED)
                .executeUpdate() == 1;
    }

    /** Jobs whose counts say they are done but that are still QUEUED: their last case's instance may have died. */
    public List<Long> overdue() {
        return em.createQuery("select j.id from Job j where j.status = :queued and j.cancelFlag = 0"
                        + " and j.queuedCases = 0 and j.runningCases = 0", Long.class)
                .setParameter("queued", JobStatus.QUEUED).getResultList();
    }

    /**
     * A finished job's result tables are written: their bytes join its storage, and its text says how it went. Its
     * last update moves too: the text is visible, and live streams find changes by a recent last update, which a
     * finish whose tables took long to write would otherwise commit already old.
     */
    public void tablesWritten(long jobId, long bytes, String statusInfo) {
        em.createQuery("update Job j set j.storageSize = j.storageSize + :bytes, j.statusInfo = :info,"
                        + " j.lastUpdate = :now where j.id = :id")
                .setParameter("bytes", bytes).setParameter("info", statusInfo).setParameter("now", clock.millis())
                .setParameter("id", jobId).executeUpdate();
    }

    /** Tables written for a job that keeps its text (a cancelled jEPlus job's): their bytes join its storage. */
    public void tablesAdded(long jobId, long bytes) {
        em.createQuery("update Job j set j.storageSize = j.storageSize + :bytes where j.id = :id")
                .setParameter("bytes", bytes).setParameter("id", jobId).executeUpdate();
    }

    /** Sets the cancel flag of the owner's job if it can still be cancelled; again is fine. */
    public Optional<Job> flag(long jobId, long ownerId) {
        int n = em.createQuery("update Job j set j.cancelFlag = 1, j.lastUpdate = :now,"
                        + " j.cancelRequestedAt = coalesce(j.cancelRequestedAt, :now)"
                        + " where j.id = :id and j.ownerId = :owner and j.status in :open")
                .setParameter("now", clock.millis()).setParameter("id", jobId)
                .setParameter("owner", ownerId).setParameter("open", JobStatus.CANCELLABLE)
                .executeUpdate();
        return n == 1 ? Optional.of(em.find(Job.class, jobId)) : Optional.empty();
    }

    /** Sets the cancel flag of every job of the owner that can still be cancelled, in one statement; returns how many. */
    public int flagAllOf(long ownerId) {
        return em.createQuery("update Job j set j.cancelFlag = 1, j.lastUpdate = :now,"
                        + " j.cancelRequestedAt = coalesce(j.cancelRequestedAt, :now)"
                        + " where j.ownerId = :owner and j.status in :open and j.cancelFlag = 0")
                .setParameter("now", clock.millis()).setParameter("owner", ownerId)
                .setParameter("open", JobStatus.CANCELLABLE).executeUpdate();
    }

    /**
     * Cancels the flagged job's cases that have not started: in its counts at once, one row however
     * many cases wait (claims lock the job row and skip flagged jobs, so none can start meanwhile).
     * The case rows follow in {@link CaseTransitions#cancelUnstarted} once the job has ended.
     */
    public void cancelQueued(long jobId) {
        em.createQuery("update Job j set j.cancelledCases = j.cancelledCases + j.queuedCases, j.queuedCases = 0,"
                        + " j.lastUpdate = :now where j.id = :id and j.cancelFlag = 1 and j.status in :open"
                        + " and j.queuedCases > 0")
                .setParameter("now", clock.millis()).setParameter("id", jobId)
                .setParameter("open", JobStatus.CANCELLABLE).executeUpdate();
    }

    /** Ends a flagged job whose cases are all stopped: CANCELED, flag cleared. True when this call did it. */
    public boolean cancelled(long jobId) {
        long now = clock.millis();
        return em.createQuery("update Job j set j.status = :canceled, j.statusInfo = :info, j.cancelFlag = 0,"
                        + " j.cancelledAt = :now, j.completionTime = :now, j.lastUpdate = :now"
                        + " where j.id = :id and j.cancelFlag = 1 and j.status in :open"
                        + " and j.queuedCases = 0 and j.runningCases = 0")
                .setParameter("canceled", JobStatus.CANCELED).setParameter("info", StatusTexts.CANCELED)
                .setParameter("now", now).setParameter("id", jobId).setParameter("open", JobStatus.CANCELLABLE)
                .executeUpdate() == 1;
    }

    /** How long a CANCELED job took from its first cancel request to its end; empty when either is unknown. */
    public Optional<Duration> cancelWait(long jobId) {
        Job j = em.find(Job.class, jobId);
        if (j == null || j.getCancelRequestedAt() == null || j.getCancelledAt() == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.max(0, j.getCancelledAt() - j.getCancelRequestedAt())));
    }

    /** Notes the first download of a job's results (the job list's "retrieved" time). */
    public void retrieved(long jobId) {
        em.createQuery("update Job j set j.retrievedAt = :now where j.id = :id and j.retrievedAt is null")
                .setParameter("now", clock.millis()).setParameter("id", jobId).executeUpdate();
    }
}
