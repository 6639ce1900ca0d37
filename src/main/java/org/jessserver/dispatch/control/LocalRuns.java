package org.jessserver.dispatch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.job.entity.CaseKey;

/** Stops this instance's runs of given jobs, in the background; their workers then record how each ended. */
@ApplicationScoped
public class LocalRuns {

    @Inject
    RunningCases running;

    @Resource
    ManagedExecutorService executor;

    /** Runs being stopped now: a stop asked for again (the cancel timer asks every second) is not started twice. */
    private final Set<RunningCase> stopping = ConcurrentHashMap.newKeySet();

    /** The jobs that have a case running on this instance now. */
    public Set<Long> jobs() {
        return running.keys().stream().map(CaseKey::jobId).collect(Collectors.toSet());
    }

    /**
     * Starts stopping every local run of the job (SIGTERM, SIGKILL after the grace) and returns at once: a stubborn
     * run's grace is waited out on the pool, not on the caller's thread (the cancel timer's).
     */
    public void stopJob(long jobId, Duration grace) {
        running.keys().stream().filter(k -> k.jobId() == jobId).map(running::get)
                .filter(r -> r != null && stopping.add(r))
                .forEach(r -> executor.execute(() -> {
                    try {
                        r.stop(grace);
                    } finally {
                        stopping.remove(r);
                    }
                }));
    }
}
