package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.job.entity.CaseResult;
import org.jessserver.job.entity.CaseState;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.results.control.FolderSize;

/**
 * The runs' ends as executors report them, turned into results (on the reporting thread, which reads the case
 * folder) and queued for the dispatcher to commit with its next claim. Also the dispatcher's wake-up signal.
 */
@ApplicationScoped
public class Endings implements RunEndings {

    @Inject
    InFlight inFlight;

    @Inject
    DiskSpace space;

    @Inject
    CaseTransitions transitions;

    @Inject
    InstanceId instance;

    private final Object signal = new Object();
    private final List<Ended> queue = new ArrayList<>();
    private long version;
    private volatile boolean closing;

    @Override
    public void referenced(Map<CaseKey, String> references) {
        // written at once, not with the dispatcher's next commit: a cancel from another instance may need it any time
        transitions.recordRunRefs(references, instance.value());
    }

    @Override
    public void ended(CaseRun run, CaseOutcome outcome) {
        add(resultOf(run, outcome));
    }

    @Override
    public void failed(CaseRun run, String why) {
        add(new Ended(run, new CaseResult(run.key(), CaseState.FAILED, why, null, 0, 0, false, ranFor(run))));
    }

    @Override
    public void handedBack(CaseRun run, String why) {
        add(Ended.release(run));
    }

    /** From now on a stopped run is this instance's shutdown, not a user's cancel: its case goes back to the queue. */
    void closing() {
        closing = true;
        wake();
    }

    private Ended resultOf(CaseRun run, CaseOutcome outcome) {
        if (outcome.kind() == CaseOutcome.Kind.STOPPED && (closing || inFlight.abandoned(run))) {
            // stopped by this instance's shutdown or because it lost touch with the database: the case runs again
            return Ended.release(run);
        }
        Path caseDir = run.spec().caseDir();
        CaseState state = stateOf(outcome, caseDir);
        return new Ended(run, new CaseResult(run.key(), state, message(outcome, state, caseDir), outcome.exitCode(),
                outcome.cpuMillis(), FolderSize.of(caseDir), outcome.kind() == CaseOutcome.Kind.TIMED_OUT,
                ranFor(run)));
    }

    /** The run's wall time so far, from its claim (its run starts right after). */
    private Duration ranFor(CaseRun run) {
        long claimed = inFlight.claimedAt(run.key()).orElse(System.nanoTime());
        return Duration.ofNanos(Math.max(0, System.nanoTime() - claimed));
    }

    private void add(Ended e) {
        inFlight.ended(e.run());
        synchronized (signal) {
            queue.add(e);
            version++;
            signal.notifyAll();
        }
    }

    /** The ends reported since the last call. */
    List<Ended> drain() {
        synchronized (signal) {
            List<Ended> all = List.copyOf(queue);
            queue.clear();
            return all;
        }
    }

    @Override
    public void roomFreed() {
        wake();
    }

    /** Tells the dispatcher that there may be work now. */
    public void wake() {
        synchronized (signal) {
            version++;
            signal.notifyAll();
        }
    }

    /** A mark to wait from: an end or a wake-up after it ends {@link #await}. */
    long mark() {
        synchronized (signal) {
            return version;
        }
    }

    /** Waits until an end or a wake-up came after the mark, or the time is up. */
    void await(long mark, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (signal) {
            while (version == mark) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                signal.wait(left);
            }
        }
    }

    /** Why a case's run could not start: a full disk says so in the server's words, other failures in their own. */
    static String cannotStart(Exception e) {
        if (DiskSpace.causedBy(e)) {
            return DiskSpace.refusal("run the case", e).getMessage();
        }
        return "Could not start EnergyPlus: " + (e instanceof IOException ? e.getMessage() : e.toString());
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
}
