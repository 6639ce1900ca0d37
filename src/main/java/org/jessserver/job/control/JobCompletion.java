package org.jessserver.job.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jessserver.job.entity.JobStatus;
import org.jessserver.job.entity.StatusTexts;
import org.jessserver.platform.control.DiskFullException;
import org.jessserver.platform.control.Settings;
import org.jessserver.simcase.entity.CaseState;
import org.jessserver.simcase.entity.SimCase;

/**
 * Ends a job whose cases are all done: collects the simulated cases into the job's results and makes
 * the job FINISHED, in one guarded transaction that loses to a cancel flag set before it.
 */
@Stateless
public class JobCompletion {

    @PersistenceContext(unitName = "jess")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    ResultSummary summary;

    /** Returns true when this call finished the job. */
    public boolean finishIfDone(long jobId) {
        long now = System.currentTimeMillis();
        int won = em.createQuery("update Job j set j.status = :finished, j.statusInfo = :info,"
                        + " j.collectedCases = j.collectedCases + j.simulatedCases, j.simulatedCases = 0,"
                        + " j.simulated = :now, j.collected = :now, j.completionTime = :now, j.lastUpdate = :now"
                        + " where j.id = :id and j.status = :queued and j.cancelFlag = 0"
                        + " and j.queued = 0 and j.running = 0")
                .setParameter("finished", JobStatus.FINISHED).setParameter("info", StatusTexts.FINISHED)
                .setParameter("now", now).setParameter("id", jobId).setParameter("queued", JobStatus.QUEUED)
                .executeUpdate();
        if (won == 0) {
            return false;
        }
        em.createQuery("update SimCase c set c.state = :finished where c.jobId = :id and c.state = :simulated")
                .setParameter("finished", CaseState.FINISHED).setParameter("id", jobId)
                .setParameter("simulated", CaseState.SIMULATED).executeUpdate();
        List<SimCase> cases = em.createQuery("select c from SimCase c where c.jobId = :id order by c.caseNo", SimCase.class)
                .setParameter("id", jobId).getResultList();
        long written = 0;
        String info = StatusTexts.FINISHED;
        try {
            written = summary.write(JobFolder.of(settings.dataDir(), jobId), cases);
        } catch (DiskFullException e) {
            // the cases' results are on disk and the job ends anyway: waiting for space could take for ever
            info = StatusTexts.finishedWithoutTable(e.getMessage());
        }
        em.createQuery("update Job j set j.storageSize = j.storageSize + :bytes, j.statusInfo = :info where j.id = :id")
                .setParameter("bytes", written).setParameter("info", info).setParameter("id", jobId).executeUpdate();
        return true;
    }

    /** Jobs whose counts say they are done but that are still QUEUED: their last case's instance may have died. */
    public List<Long> overdue() {
        return em.createQuery("select j.id from Job j where j.status = :queued and j.cancelFlag = 0"
                        + " and j.queued = 0 and j.running = 0", Long.class)
                .setParameter("queued", JobStatus.QUEUED).getResultList();
    }
}
