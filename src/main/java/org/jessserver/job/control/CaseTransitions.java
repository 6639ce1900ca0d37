package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.job.entity.CaseResult;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.job.entity.RunStarted;
import org.jessserver.job.entity.SimCase;

/**
 * Every change of a case's state: a guarded UPDATE whose row count says who won, together with the job's
 * counts ({@link JobTransitions}) in the same transaction. A run's start and end are told to others by
 * {@link RunStarted} and {@link RunEnded}, which observers see after the commit.
 */
@Stateless
public class CaseTransitions {

    /** How many runnable jobs a claim looks at, oldest first. */
    private static final int CLAIM_WINDOW = 8;

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    @Inject
    JobTransitions jobs;

    /** Every time this writes (started, ended, lease ends) is read from it. */
    @Inject
    Clock clock;

    @Inject
    Event<RunEnded> runEnded;

    @Inject
    Event<RunStarted> runStarted;

    /** Makes a job's cases (preparation), in the caller's transaction; their counts are the job's {@code prepared}. */
    public void add(List<SimCase> cases) {
        for (SimCase c : cases) {
            em.persist(c);
        }
    }

    /**
     * Makes one batch of a large job's cases in the caller's transaction and lets go of them: written at once (JDBC
     * batches) and dropped from the persistence context, so that 100,000 cases never sit in memory together.
     */
    public void addBatch(List<SimCase> cases) {
        add(cases);
        em.flush();
        em.clear();
    }

    /**
     * The dispatcher's one transaction: records how runs ended, puts back cases whose runs never started or were
     * given up, and claims up to {@code want} queued cases for the executor whose run reference is {@code runRef}, so
     * that ends and claims share one commit. Returns the cases claimed.
     */
    public List<SimCase> recordAndClaim(List<CaseResult> done, List<CaseKey> released, String owner, long leaseMillis,
                                        int want, String runRef) {
        for (CaseKey key : released) {
            release(key, owner);
        }
        List<CaseResult> recorded = done.stream().filter(r -> record(r, owner)).toList();
        List<SimCase> claimed = new ArrayList<>();
        while (claimed.size() < want) {
            Optional<SimCase> next = claimNext(owner, leaseMillis, runRef);
            if (next.isEmpty()) {
                break;
            }
            claimed.add(next.get());
        }
        for (int i = 0; i < recorded.size(); i++) {
            CaseResult r = recorded.get(i);
            long jobId = r.key().jobId();
            // a job that has just given out a case is not done; only otherwise do its counts need a look, once per job.
            // Whoever takes a running case away from its worker (a reclaim) looks instead, since the record then loses
            boolean lastOfBatch = recorded.subList(i + 1, recorded.size()).stream().noneMatch(o -> o.key().jobId() == jobId);
            boolean last = lastOfBatch && claimed.stream().noneMatch(c -> c.getJobId() == jobId)
                    && jobs.nothingLeftToRun(jobId);
            runEnded.fire(RunEnded.of(r, last));
        }
        return claimed;
    }

    /** Claims a queued case of a job that is QUEUED and not flagged for cancel; empty when there is none. */
    private Optional<SimCase> claimNext(String owner, long leaseMillis, String runRef) {
        List<Long> jobs = em.createQuery("select j.id from Job j where j.status = :queued and j.cancelFlag = 0"
                        + " and j.queuedCases > 0 order by j.id", Long.class)
                .setParameter("queued", JobStatus.QUEUED).setMaxResults(CLAIM_WINDOW).getResultList();
        for (Long jobId : jobs) {
            Optional<SimCase> won = claimFrom(jobId, owner, leaseMillis, runRef);
            if (won.isPresent()) {
                return won;
            }
        }
        return Optional.empty();
    }

    private Optional<SimCase> claimFrom(long jobId, String owner, long leaseMillis, String runRef) {
        Instant claimed = clock.instant();
        long now = claimed.toEpochMilli();
        // counting the claim locks the job row first, so the first queued case is still queued when updated
        if (!jobs.claimOne(jobId, now)) {
            return Optional.empty();
        }
        // ordered like the index (job_id, state, case_no), so the database reads it without sorting
        List<SimCase> first = em.createQuery("select c from SimCase c where c.jobId = :job and c.state = :queued"
                        + " order by c.jobId, c.state, c.caseNo", SimCase.class)
                .setParameter("job", jobId).setParameter("queued", CaseState.QUEUED)
                .setMaxResults(1).getResultList();
        if (!first.isEmpty()) {
            SimCase c = first.get(0);
            int won = em.createQuery("update SimCase c set c.state = :running, c.leaseOwner = :owner,"
                            + " c.leaseUntil = :until, c.attempts = c.attempts + 1, c.startedAt = :now, c.message = null,"
                            + " c.runRef = :ref where c.jobId = :job and c.caseNo = :no and c.state = :queued")
                    .setParameter("running", CaseState.RUNNING).setParameter("owner", owner).setParameter("ref", runRef)
                    .setParameter("until", LeaseRules.until(claimed, Duration.ofMillis(leaseMillis)))
                    .setParameter("now", now)
                    .setParameter("job", jobId).setParameter("no", c.getCaseNo())
                    .setParameter("queued", CaseState.QUEUED)
                    .executeUpdate();
            if (won == 1) {
                runStarted.fire(new RunStarted(c.key()));
                return Optional.of(c);
            }
        }
        // the counts promised a queued case that is not there: the claim is taken back out of them
        jobs.move(jobId, CaseState.RUNNING, CaseState.QUEUED, 1, now);
        return Optional.empty();
    }

    /** Records how a run ended, if this owner still holds the case (a reaped or cancelled case keeps its new state). */
    private boolean record(CaseResult r, String owner) {
        CaseKey key = r.key();
        long now = clock.millis();
        int won = em.createQuery("update SimCase c set c.state = :outcome, c.message = :message, c.exitCode = :exit,"
                        + " c.cpuMillis = :cpu, c.resultSize = :size, c.endedAt = :now, c.leaseUntil = null"
                        + " where c.jobId = :job and c.caseNo = :no and c.state = :running and c.leaseOwner = :owner")
                .setParameter("outcome", r.state()).setParameter("message", Texts.fit(r.message()))
                .setParameter("exit", r.exitCode()).setParameter("cpu", r.cpuMillis()).setParameter("size", r.resultSize())
                .setParameter("now", now).setParameter("job", key.jobId()).setParameter("no", key.caseNo())
                .setParameter("running", CaseState.RUNNING).setParameter("owner", owner)
                .executeUpdate();
        if (won == 1) {
            jobs.runEnded(key.jobId(), r.state(), r.cpuMillis(), r.resultSize(), now);
        }
        return won == 1;
    }

    /**
     * The run references an executor learned after the claim (a scheduler's job and task ids) of cases this owner
     * holds; a case taken away meanwhile (a reclaim) keeps what its new owner wrote.
     */
    public void recordRunRefs(Map<CaseKey, String> references, String owner) {
        Query q = em.createQuery("update SimCase c set c.runRef = :ref"
                + " where c.jobId = :job and c.caseNo = :no and c.leaseOwner = :owner").setParameter("owner", owner);
        references.forEach((key, ref) -> q.setParameter("ref", ref).setParameter("job", key.jobId())
                .setParameter("no", key.caseNo()).executeUpdate());
    }

    /** How many cases one renewal statement names. */
    private static final int RENEW_CHUNK = 100;

    /** Keeps these cases claimed by the owner: the ones it has in an executor's hands, nothing else. */
    public void renewLeases(String owner, long leaseMillis, Collection<CaseKey> keys) {
        long until = LeaseRules.until(clock.instant(), Duration.ofMillis(leaseMillis));
        List<CaseKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += RENEW_CHUNK) {
            List<CaseKey> chunk = all.subList(from, Math.min(all.size(), from + RENEW_CHUNK));
            StringBuilder jpql = new StringBuilder("update SimCase c set c.leaseUntil = :until"
                    + " where c.leaseOwner = :owner and c.state = :running and (");
            for (int i = 0; i < chunk.size(); i++) {
                jpql.append(i == 0 ? "" : " or ").append("(c.jobId = :job").append(i).append(" and c.caseNo = :no")
                        .append(i).append(')');
            }
            Query q = em.createQuery(jpql.append(')').toString()).setParameter("until", until)
                    .setParameter("owner", owner).setParameter("running", CaseState.RUNNING);
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter("job" + i, chunk.get(i).jobId()).setParameter("no" + i, chunk.get(i).caseNo());
            }
            q.executeUpdate();
        }
    }

    /** Running cases whose owner stopped renewing its lease: expired at {@code now} ({@link LeaseRules#expiredBefore}). */
    public List<SimCase> expiredLeases(Instant now) {
        return em.createQuery("select c from SimCase c where c.state = :running and c.leaseUntil < :before", SimCase.class)
                .setParameter("running", CaseState.RUNNING).setParameter("before", LeaseRules.expiredBefore(now))
                .getResultList();
    }

    /**
     * Takes a case back from an owner that lost it: queued again while attempts remain, failed otherwise. Only while
     * its lease is expired at {@code now}: a renewal that came in meanwhile keeps the case with its owner.
     * Returns the state the case was put in, or empty when another caller got there first.
     */
    public Optional<CaseState> reclaim(CaseKey key, String lostOwner, int maxAttempts, Instant now) {
        SimCase c = find(key);
        if (c == null || c.getState() != CaseState.RUNNING || !lostOwner.equals(c.getLeaseOwner())) {
            return Optional.empty();
        }
        Job job = em.find(Job.class, key.jobId());
        boolean flagged = job != null && job.isCancelFlag();
        boolean retry = !flagged && c.getAttempts() < maxAttempts;
        CaseState target = flagged ? CaseState.CANCELLED : retry ? CaseState.QUEUED : CaseState.FAILED;
        String message = flagged ? "Cancelled; its instance " + lostOwner + " was lost"
                : retry ? null : "Lost its executor (instance " + lostOwner + " stopped renewing its lease) after "
                + c.getAttempts() + " attempt(s)";
        long at = clock.millis();
        int won = em.createQuery("update SimCase c set c.state = :target, c.message = :message, c.leaseOwner = null,"
                        + " c.leaseUntil = null, c.endedAt = :ended"
                        + " where c.jobId = :job and c.caseNo = :no and c.state = :running and c.leaseOwner = :owner"
                        + " and c.leaseUntil < :before")
                .setParameter("target", target).setParameter("message", message)
                .setParameter("ended", target == CaseState.QUEUED ? null : at)
                .setParameter("before", LeaseRules.expiredBefore(now))
                .setParameter("job", key.jobId()).setParameter("no", key.caseNo())
                .setParameter("running", CaseState.RUNNING).setParameter("owner", lostOwner)
                .executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        jobs.move(key.jobId(), CaseState.RUNNING, target, 1, at);
        if (target != CaseState.QUEUED) {
            runEnded.fire(RunEnded.lost(key, target, jobs.nothingLeftToRun(key.jobId())));
        }
        return Optional.of(target);
    }

    /**
     * Takes over a running case whose owner was lost, with its run, which goes on where the owner started it (a
     * cluster's task): the case stays running, under {@code newOwner}'s lease, and no attempt is counted. Only while
     * its lease is expired at {@code now}; false when another instance adopted or reclaimed it first.
     */
    public boolean adopt(CaseKey key, String lostOwner, String newOwner, long leaseMillis, Instant now) {
        return em.createQuery("update SimCase c set c.leaseOwner = :owner, c.leaseUntil = :until"
                        + " where c.jobId = :job and c.caseNo = :no and c.state = :running and c.leaseOwner = :lost"
                        + " and c.leaseUntil < :before")
                .setParameter("owner", newOwner).setParameter("until", LeaseRules.until(now, Duration.ofMillis(leaseMillis)))
                .setParameter("job", key.jobId()).setParameter("no", key.caseNo())
                .setParameter("running", CaseState.RUNNING).setParameter("lost", lostOwner)
                .setParameter("before", LeaseRules.expiredBefore(now)).executeUpdate() == 1;
    }

    /** On shutdown: this instance's running cases go back to the queue without counting the attempt. */
    public void release(CaseKey key, String owner) {
        long now = clock.millis();
        int won = em.createQuery("update SimCase c set c.state = :queued, c.leaseOwner = null, c.leaseUntil = null,"
                        + " c.attempts = c.attempts - 1"
                        + " where c.jobId = :job and c.caseNo = :no and c.state = :running and c.leaseOwner = :owner")
                .setParameter("queued", CaseState.QUEUED).setParameter("job", key.jobId())
                .setParameter("no", key.caseNo()).setParameter("running", CaseState.RUNNING)
                .setParameter("owner", owner).executeUpdate();
        if (won == 1) {
            jobs.move(key.jobId(), CaseState.RUNNING, CaseState.QUEUED, 1, now);
        }
    }

    /** A finished job's simulated cases are collected into its results. */
    public void collect(long jobId) {
        em.createQuery("update SimCase c set c.state = :finished where c.jobId = :id and c.state = :simulated")
                .setParameter("finished", CaseState.FINISHED).setParameter("id", jobId)
                .setParameter("simulated", CaseState.SIMULATED).executeUpdate();
    }

    /**
     * Brings the rows of a CANCELED job's never-started cases in line with its counts. Only once the
     * job has ended: then nothing is queued or running, so every row still QUEUED was counted cancelled.
     */
    public int cancelUnstarted(long jobId) {
        return em.createQuery("update SimCase c set c.state = :cancelled, c.endedAt = :now"
                        + " where c.jobId = :id and c.state = :queued"
                        + " and exists (select j.id from Job j where j.id = :id and j.status = :canceled)")
                .setParameter("cancelled", CaseState.CANCELLED).setParameter("now", clock.millis())
                .setParameter("id", jobId).setParameter("queued", CaseState.QUEUED)
                .setParameter("canceled", JobStatus.CANCELED).executeUpdate();
    }

    /** A job's cases in their order, for its results table. */
    public List<SimCase> ofJob(long jobId) {
        return em.createQuery("select c from SimCase c where c.jobId = :id order by c.caseNo", SimCase.class)
                .setParameter("id", jobId).getResultList();
    }

    public SimCase find(CaseKey key) {
        CaseKey.Id id = new CaseKey.Id();
        id.jobId = key.jobId();
        id.caseNo = key.caseNo();
        return em.find(SimCase.class, id);
    }
}
