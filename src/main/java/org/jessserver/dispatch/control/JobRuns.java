package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jessserver.job.entity.CaseKey;

/** This instance's runs of one job, for a cancel. */
@ApplicationScoped
public class JobRuns {

    @Inject
    InFlight inFlight;

    @Inject
    CaseExecutor executor;


    /**
     * Starts stopping every run of the job on this instance (SIGTERM, SIGKILL after the grace, for a local run) and
     * returns at once; each stopped run is then recorded, and the last one's RunEnded ends the job. Runs of other
     * instances are stopped too where the executor reaches them by their run references (Slurm tasks).
     */
    public void stopJob(long jobId, Duration grace) {
        List<CaseKey> keys = inFlight.running().stream().filter(k -> k.jobId() == jobId).toList();
        if (!keys.isEmpty()) {
            executor.stop(keys, grace);
        }
        executor.stopElsewhere(jobId);
    }
}
