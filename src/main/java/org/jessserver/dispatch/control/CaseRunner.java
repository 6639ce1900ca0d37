package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.engine.control.CaseBusyException;
import org.jessserver.engine.control.CaseExecutor;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.CaseSpec;
import org.jessserver.engine.control.EngineCatalog;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.control.Jobs;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.Settings;
import org.jessserver.results.control.FolderSize;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.job.entity.CaseResult;
import org.jessserver.job.entity.CaseState;
import org.jessserver.job.entity.RunEnded;
import org.jessserver.job.entity.SimCase;

/** Runs one claimed case to its end; its worker records the outcome. */
@ApplicationScoped
public class CaseRunner {

    private static final Logger LOG = Logger.getLogger(CaseRunner.class.getName());

    @Inject
    CaseTransitions transitions;

    @Inject
    CaseExecutor executor;

    @Inject
    EngineCatalog engines;

    @Inject
    RunningCases running;

    @Inject
    InstanceId instance;

    @Inject
    DispatchSettings dispatch;

    @Inject
    Settings settings;

    @Inject
    Jobs jobs;

    @Inject
    DiskSpace space;

    private volatile boolean closing;

    /** Whether a job's models need ExpandObjects; fixed once the job is prepared, so kept per job. */
    private final Map<Long, Boolean> expandObjects = new ConcurrentHashMap<>();

    /** Runs the case to its end; the result is for the worker to record, empty when the case went back to the queue. */
    Optional<CaseResult> run(SimCase c) {
        CaseKey key = c.key();
        // the worker has just claimed it: its lease runs from now
        long claimed = System.nanoTime();
        // claimed afresh after this instance gave an earlier run of it up: its lease is to be renewed again
        running.settled(key);
        JobFolder folder = JobFolder.of(settings.dataDir(), key.jobId());
        Path caseDir = folder.caseDir(c.getName());
        Optional<Path> engine = engines.engineFor(c.getEngineVersion());
        if (engine.isEmpty()) {
            return Optional.of(new CaseResult(key, CaseState.FAILED, "EnergyPlus " + c.getEngineVersion()
                    + " is no longer installed on instance " + instance.value(), null, 0, 0));
        }
        Path input = folder.inputOf(c.getName());
        RunningCase run;
        try {
            CaseSpec spec = new CaseSpec(engine.get(), input.resolve(c.getModel()), input.resolve(c.getWeather()),
                    caseDir, expands(key.jobId()), dispatch.caseTimeout(), folder.keptOnRerun(c.getName()));
            run = executor.start(spec);
        } catch (CaseBusyException e) {
            // another live server on this host still runs the case (it lost its lease): never two runs at once
            LOG.warning(() -> e.getMessage() + "; case " + key + " goes back to the queue");
            transitions.release(key, instance.value());
            return Optional.empty();
        } catch (IOException e) {
            String why = DiskSpace.causedBy(e) ? DiskSpace.refusal("run the case", e).getMessage()
                    : "Could not start EnergyPlus: " + e.getMessage();
            return Optional.of(new CaseResult(key, CaseState.FAILED, why, null, 0, 0));
        }
        running.add(key, run, claimed);
        try {
            CaseOutcome outcome = run.await();
            if (running.abandoned(key) && outcome.kind() == CaseOutcome.Kind.STOPPED) {
                // stopped because this instance lost touch with the database: the case is not ours to record
                releaseIfStillOurs(key);
                return Optional.empty();
            }
            // an outcome to record, even if the run was given up just as it ended: the lease is kept until then
            running.settled(key);
            if (closing && outcome.kind() == CaseOutcome.Kind.STOPPED) {
                // stopped by this instance's shutdown, not by a user: the case runs again elsewhere or later
                transitions.release(key, instance.value());
                return Optional.empty();
            }
            CaseState state = stateOf(outcome, caseDir);
            return Optional.of(new CaseResult(key, state, message(outcome, state, caseDir), outcome.exitCode(),
                    outcome.cpuMillis(), FolderSize.of(caseDir)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            running.remove(key);
        }
    }

    /** Puts the case back in the queue if this instance still holds it; the sweepers reclaim it otherwise. */
    private void releaseIfStillOurs(CaseKey key) {
        try {
            transitions.release(key, instance.value());
            running.settled(key);
        } catch (RuntimeException e) {
            // the heartbeat leaves it out of its renewals (RunningCases.givenUp), so the sweepers take it back
            LOG.log(Level.INFO, "Could not put case " + key + " back in the queue; its lease will expire", e);
        }
    }

    /** From now on, a run stopped by {@link Dispatcher#stop} goes back to the queue instead of being recorded. */
    void beginShutdown() {
        closing = true;
    }

    /** Nothing of the job runs any more: what is kept per job is dropped (it is read again if a case is run again). */
    void forget(@Observes RunEnded ended) {
        if (ended.lastOfJob()) {
            expandObjects.remove(ended.key().jobId());
        }
    }

    /** A failed run on a full disk says so: the engine's own words rarely name the disk. */
    private String message(CaseOutcome outcome, CaseState state, Path caseDir) {
        if (state != CaseState.FAILED) {
            return outcome.message();
        }
        return space.shortage(caseDir).map(s -> outcome.message() + " (" + s + ")").orElse(outcome.message());
    }

    private static CaseState stateOf(CaseOutcome o, Path caseDir) {
        return switch (o.kind()) {
            case SIMULATED -> CaseState.SIMULATED;
            // a simulation that completed before the stop reached it keeps its result
            case STOPPED -> CompletedRun.in(caseDir) ? CaseState.SIMULATED : CaseState.CANCELLED;
            case FAILED, TIMED_OUT -> CaseState.FAILED;
        };
    }

    private boolean expands(long jobId) {
        return expandObjects.computeIfAbsent(jobId, jobs::expandsObjects);
    }
}
