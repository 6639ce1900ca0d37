package org.jessserver.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.JobStatus;

/**
 * The gauges read from the database at each scrape, the same on every instance. Cases by state are the sums of the
 * jobs' case counts, which change with the case rows in the same transaction: a scrape reads the job table, never
 * the case table, which may hold millions of rows.
 */
@ApplicationScoped
public class DatabaseGauges {

    static final String SAME = " (database-wide: every instance reports the same value)";

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    void writeTo(PrometheusText out) {
        Map<String, Long> jobs = new LinkedHashMap<>();
        for (JobStatus s : JobStatus.values()) {
            jobs.put(s.name(), 0L);
        }
        List<Object[]> rows = em.createQuery("select j.status, count(j) from Job j group by j.status", Object[].class)
                .getResultList();
        rows.forEach(r -> jobs.put(((JobStatus) r[0]).name(), ((Number) r[1]).longValue()));
        Object[] sums = em.createQuery("select sum(j.queuedCases), sum(j.runningCases), sum(j.simulatedCases),"
                + " sum(j.collectedCases), sum(j.failedCases), sum(j.rejectedCases), sum(j.cancelledCases)"
                + " from Job j", Object[].class).getSingleResult();
        CaseState[] order = {CaseState.QUEUED, CaseState.RUNNING, CaseState.SIMULATED, CaseState.FINISHED,
            CaseState.FAILED, CaseState.REJECTED, CaseState.CANCELLED};
        Map<String, Long> cases = new LinkedHashMap<>();
        for (int i = 0; i < order.length; i++) {
            cases.put(order[i].name(), sums[i] == null ? 0 : ((Number) sums[i]).longValue());
        }
        gauge(out, "jess_jobs", "Jobs by status" + SAME, "status", jobs);
        gauge(out, "jess_cases", "Cases by state" + SAME, "state", cases);
        out.family("jess_queue_depth", "Cases queued and waiting for an instance to run them" + SAME, "gauge");
        out.sample("jess_queue_depth", Map.of(), cases.get(CaseState.QUEUED.name()));
    }

    private static void gauge(PrometheusText out, String name, String help, String label, Map<String, Long> values) {
        out.family(name, help, "gauge");
        values.forEach((v, n) -> out.sample(name, Map.of(label, v), n));
    }
}
