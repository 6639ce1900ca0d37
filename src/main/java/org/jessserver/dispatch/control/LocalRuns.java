package org.jessserver.dispatch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jessserver.job.entity.CaseKey;

/** Stops this instance's runs of given jobs, all at once; their workers then record how each ended. */
@ApplicationScoped
public class LocalRuns {

    @Inject
    RunningCases running;

    @Resource
    ManagedExecutorService executor;

    /** The jobs that have a case running on this instance now. */
    public Set<Long> jobs() {
        return running.keys().stream().map(CaseKey::jobId).collect(Collectors.toSet());
    }

    /** Stops every local run of the job (SIGTERM, SIGKILL after the grace) and returns when all are stopped. */
    public void stopJob(long jobId, Duration grace) {
        List<CompletableFuture<Void>> stops = running.keys().stream()
                .filter(k -> k.jobId() == jobId)
                .map(running::get)
                .filter(r -> r != null)
                .map(r -> CompletableFuture.runAsync(() -> r.stop(grace), executor))
                .toList();
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    }
}
