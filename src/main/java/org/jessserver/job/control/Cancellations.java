package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.job.entity.StatusTexts;
import org.jessserver.simcase.entity.CaseState;

/**
 * Cancelling jobs, as guarded transitions: setting the flag, cancelling the cases not yet started,
 * and ending the job CANCELED once none of its cases is queued or running.
 */
@Stateless
public class Cancellations {

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    /** Sets the cancel flag of the owner's job if it can still be cancelled; again is fine. */
    public Optional<Job> flag(long jobId, long ownerId) {
        int n = em.createQuery("update Job j set j.cancelFlag = 1, j.lastUpdate = :now"
                        + " where j.id = :id and j.ownerId = :owner and j.status in :open")
                .setParameter("now", System.currentTimeMillis()).setParameter("id", jobId)
                .setParameter("owner", ownerId).setParameter("open", JobStatus.CANCELLABLE)
                .executeUpdate();
        return n == 1 ? Optional.of(em.find(Job.class, jobId)) : Optional.empty();
    }

    /** Sets the cancel flag of every job of the owner that can still be cancelled, in one statement; returns how many. */
    public int flagAllOf(long ownerId) {
        return em.createQuery("update Job j set j.cancelFlag = 1, j.lastUpdate = :now"
                        + " where j.ownerId = :owner and j.status in :open and j.cancelFlag = 0")
                .setParameter("now", System.currentTimeMillis()).setParameter("owner", ownerId)
                .setParameter("open", JobStatus.CANCELLABLE).executeUpdate();
    }

    /** Whether the owner's job exists and could be flagged now (for a dry run). */
    public boolean cancellable(Job job) {
        return JobStatus.CANCELLABLE.contains(job.getStatus());
    }

    /**
     * Cancels the flagged job's cases that have not started: in its counts at once, one row however
     * many cases wait (claims lock the job row and skip flagged jobs, so none can start meanwhile).
     * The case rows follow in {@link #markCancelledRows} once the job has ended.
     */
    public void cancelQueued(long jobId) {
        em.createQuery("update Job j set j.cancelledCases = j.cancelledCases + j.queued, j.queued = 0,"
                        + " j.lastUpdate = :now where j.id = :id and j.cancelFlag = 1 and j.status in :open"
                        + " and j.queued > 0")
                .setParameter("now", System.currentTimeMillis()).setParameter("id", jobId)
                .setParameter("open", JobStatus.CANCELLABLE).executeUpdate();
    }

    /**
     * Brings the rows of a CANCELED job's never-started cases in line with its counts. Only once the
     * job has ended: then nothing is queued or running, so every row still QUEUED was counted cancelled.
     */
    public int markCancelledRows(long jobId) {
        return em.createQuery("update SimCase c set c.state = :cancelled, c.ended = :now"
                        + " where c.jobId = :id and c.state = :queued"
                        + " and exists (select j.id from Job j where j.id = :id and j.status = :canceled)")
                .setParameter("cancelled", CaseState.CANCELLED).setParameter("now", System.currentTimeMillis())
                .setParameter("id", jobId).setParameter("queued", CaseState.QUEUED)
                .setParameter("canceled", JobStatus.CANCELED).executeUpdate();
    }

    /** Ends a flagged job whose cases are all stopped: CANCELED, flag cleared. True when this call did it. */
    public boolean endIfDone(long jobId) {
        long now = System.currentTimeMillis();
        return em.createQuery("update Job j set j.status = :canceled, j.statusInfo = :info, j.cancelFlag = 0,"
                        + " j.cancelled = :now, j.completionTime = :now, j.lastUpdate = :now"
                        + " where j.id = :id and j.cancelFlag = 1 and j.status in :open"
                        + " and j.queued = 0 and j.running = 0")
                .setParameter("canceled", JobStatus.CANCELED).setParameter("info", StatusTexts.CANCELED)
                .setParameter("now", now).setParameter("id", jobId).setParameter("open", JobStatus.CANCELLABLE)
                .executeUpdate() == 1;
    }

    /** Jobs whose cancel flag is set and that have not ended yet. */
    public List<Long> flagged() {
        return em.createQuery("select j.id from Job j where j.cancelFlag = 1 and j.status in :open", Long.class)
                .setParameter("open", JobStatus.CANCELLABLE).getResultList();
    }

    /** Which of the given jobs are flagged. */
    public List<Long> flaggedAmong(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select j.id from Job j where j.cancelFlag = 1 and j.id in :ids", Long.class)
                .setParameter("ids", jobIds).getResultList();
    }
}
