package org.jessserver.cancel.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.jessserver.job.entity.JobStatus;

/** Reads which jobs are flagged for cancel and not ended yet: the cancel timer's work list. */
@ApplicationScoped
public class FlaggedJobs {

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    /** Jobs whose cancel flag is set and that have not ended yet. */
    public List<Long> all() {
        return em.createQuery("select j.id from Job j where j.cancelFlag = 1 and j.status in :open", Long.class)
                .setParameter("open", JobStatus.CANCELLABLE).getResultList();
    }

    /** Which of the given jobs are flagged. */
    public List<Long> among(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select j.id from Job j where j.cancelFlag = 1 and j.id in :ids", Long.class)
                .setParameter("ids", jobIds).getResultList();
    }
}
