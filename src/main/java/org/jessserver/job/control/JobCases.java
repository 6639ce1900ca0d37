package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jessserver.job.entity.CaseState;

/**
 * Reads a job's cases a page at a time, in case order. Keyset paging on the primary key (job_id, case_no): a page
 * costs the same whether it is the first or the hundredth of a 100,000-case job, and no page loads the others.
 */
@ApplicationScoped
public class JobCases {

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    /** The cases of the page; the job's ownership is the caller's to check first. */
    public List<CaseLine> page(long jobId, CasePage page) {
        // the listed columns only: a jEPlus case's values (up to a megabyte each) stay in the database
        return em.createQuery("select c.caseNo, c.name, c.model, c.weather, c.state, c.exitCode, c.cpuMillis, c.message"
                        + " from SimCase c where c.jobId = :job and c.caseNo > :after order by c.caseNo", Object[].class)
                .setParameter("job", jobId).setParameter("after", page.after()).setMaxResults(page.limit())
                .getResultList().stream().map(JobCases::line).toList();
    }

    private static CaseLine line(Object[] r) {
        return new CaseLine(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3], (CaseState) r[4],
                r[5] == null ? null : ((Number) r[5]).intValue(), ((Number) r[6]).longValue(), (String) r[7]);
    }
}
