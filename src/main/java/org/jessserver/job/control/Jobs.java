package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jessserver.job.entity.Job;
import org.jessserver.job.entity.JobStatus;

/**
 * Reads jobs for their owners: one job, or the list filtered by date and status. A plain CDI bean:
 * status polls are the hottest path, and reads need no EJB container or transaction around them.
 */
@ApplicationScoped
public class Jobs {

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    /** EclipseLink's hint: a job read only to be shown is not copied into the persistence context to track changes. */
    private static final Map<String, Object> READ_ONLY = Map.of("eclipselink.read-only", "true");

    /** The job if it exists and belongs to the owner; another user's job is as absent as a missing one. Read-only. */
    public Optional<Job> owned(long jobId, long ownerId) {
        Job j = em.find(Job.class, jobId, READ_ONLY);
        return j != null && j.getOwnerId() == ownerId ? Optional.of(j) : Optional.empty();
    }

    public List<Job> list(long ownerId, JobFilter filter) {
        StringBuilder q = new StringBuilder("select j from Job j where j.ownerId = :owner");
        if (filter.since() != null) {
            q.append(" and j.receivedAt >= :since");
        }
        if (filter.till() != null) {
            q.append(" and j.receivedAt < :till");
        }
        if (!filter.statuses().isEmpty()) {
            q.append(" and j.status in :statuses");
        }
        if (filter.after() != null) {
            q.append(" and j.id < :after");
        }
        // a page is the newest first, so that "after" the last id of one page is the next; the plain list stays as JESS's
        q.append(filter.paged() ? " order by j.id desc" : " order by j.id");
        var query = em.createQuery(q.toString(), Job.class).setParameter("owner", ownerId);
        if (filter.after() != null) {
            query.setParameter("after", filter.after());
        }
        if (filter.limit() != null) {
            query.setMaxResults(filter.limit());
        }
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        if (filter.till() != null) {
            query.setParameter("till", filter.till());
        }
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        return query.getResultList();
    }

    /** Every job whose last update is at or after the moment, oldest change first (live streams' one query a second). */
    public List<Job> changedSince(long since) {
        return em.createQuery("select j from Job j where j.lastUpdate >= :since order by j.lastUpdate, j.id", Job.class)
                .setParameter("since", since).setHint("eclipselink.read-only", "true").getResultList();
    }

    /**
     * What a new stream of all the owner's jobs starts with: the jobs changed at or after {@code since} (a client that
     * comes back), else the jobs not yet ended; oldest change first, at most {@code max} of the latest.
     */
    public List<Job> streamStart(long ownerId, Long since, int max) {
        String which = since != null ? " and j.lastUpdate >= :since" : " and j.status in :open";
        var query = em.createQuery("select j from Job j where j.ownerId = :owner" + which
                        + " order by j.lastUpdate desc, j.id desc", Job.class)
                .setParameter("owner", ownerId).setHint("eclipselink.read-only", "true").setMaxResults(max);
        if (since != null) {
            query.setParameter("since", since);
        } else {
            query.setParameter("open", JobStatus.CANCELLABLE);
        }
        List<Job> latest = new ArrayList<>(query.getResultList());
        Collections.reverse(latest);
        return latest;
    }

    /**
     * Whether the job's models need ExpandObjects. Read in a transaction of its own: it is called from the
     * dispatcher's thread, where EclipseLink's non-transactional read failed now and then (an NPE on a null
     * databaseSession in EntityManagerImpl.getActivePersistenceContext), which orphaned a claimed case.
     */
    @Transactional
    public boolean expandsObjects(long jobId) {
        Job j = em.find(Job.class, jobId);
        return j != null && j.isExpandObjects();
    }

    /** The job, read in a transaction of its own (see {@link #expandsObjects}); empty when it is gone. */
    @Transactional
    public Optional<Job> find(long jobId) {
        return Optional.ofNullable(em.find(Job.class, jobId));
    }

    /**
     * Whether a cancel of the job was asked through jess-server, on any instance: its flag is set, or it ended
     * cancelled. In a transaction of its own (see {@link #expandsObjects}): the Slurm executor's thread asks.
     */
    @Transactional
    public boolean cancelAsked(long jobId) {
        return !em.createQuery("select j.id from Job j where j.id = :id and (j.cancelFlag = 1 or j.status = :canceled)",
                        Long.class)
                .setParameter("id", jobId).setParameter("canceled", JobStatus.CANCELED).getResultList().isEmpty();
    }
}
