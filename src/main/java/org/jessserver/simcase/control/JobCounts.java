package org.jessserver.simcase.control;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.jessserver.simcase.entity.CaseState;

/** Moves counts between the job's per-state columns, inside the caller's transaction. */
public final class JobCounts {

    private static final Map<CaseState, String> FIELD = Map.of(
            CaseState.QUEUED, "queued",
            CaseState.RUNNING, "running",
            CaseState.SIMULATED, "simulatedCases",
            CaseState.FINISHED, "collectedCases",
            CaseState.FAILED, "failed",
            CaseState.REJECTED, "rejected",
            CaseState.CANCELLED, "cancelledCases");

    private JobCounts() {
    }

    public static void move(EntityManager em, long jobId, CaseState from, CaseState to, int n, long now) {
        String f = FIELD.get(from);
        String t = FIELD.get(to);
        em.createQuery("update Job j set j." + f + " = j." + f + " - :n, j." + t + " = j." + t + " + :n,"
                        + " j.lastUpdate = :now where j.id = :id")
                .setParameter("n", n).setParameter("now", now).setParameter("id", jobId)
                .executeUpdate();
    }

    /** A run ended: one case leaves RUNNING for its outcome, and its CPU time and result bytes join the job's. */
    static void runEnded(EntityManager em, long jobId, CaseState outcome, long cpuMillis, long resultSize, long now) {
        String t = FIELD.get(outcome);
        em.createQuery("update Job j set j.running = j.running - 1, j." + t + " = j." + t + " + 1,"
                        + " j.cpuMillis = j.cpuMillis + :cpu, j.resultSize = j.resultSize + :size,"
                        + " j.storageSize = j.storageSize + :size, j.lastUpdate = :now where j.id = :id")
                .setParameter("cpu", cpuMillis).setParameter("size", resultSize).setParameter("now", now)
                .setParameter("id", jobId).executeUpdate();
    }

    static boolean nothingLeftToRun(EntityManager em, long jobId) {
        Object left = em.createQuery("select j.queued + j.running from Job j where j.id = :id")
                .setParameter("id", jobId).getSingleResult();
        return left instanceof Number n && n.intValue() == 0;
    }
}
