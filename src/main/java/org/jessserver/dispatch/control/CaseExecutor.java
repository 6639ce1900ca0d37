package org.jessserver.dispatch.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.jessserver.job.entity.CaseKey;

/**
 * Where this instance's claimed cases run: local processes ({@link LocalExecutor}) or a cluster scheduler. Dispatch
 * claims the cases and records their ends through the owner of case state; an executor only starts the runs, learns
 * how each ended (told by its process, or polled from a scheduler) and reports it to the {@link RunEndings} it was
 * given. How a run is held (process ids and trees, a scheduler's job ids) is known only inside its executor and, for
 * other instances, through the run reference written with the case.
 */
public interface CaseExecutor {

    /** The run reference written with every case this instance claims: the executor's kind and its handle. */
    String reference();

    /** How many more cases it can run now. */
    int room();

    /** Starts the runs and returns at once; each run's end reaches {@code endings} exactly once, from another thread. */
    void start(List<CaseRun> runs, RunEndings endings);

    /**
     * Stops these runs (a cancel, a lost lease, a shutdown) and returns at once: a stubborn run's grace is waited out
     * in the background. A stopped run still reaches its endings, as STOPPED.
     */
    void stop(Collection<CaseKey> keys, Duration grace);

    /**
     * Stops the runs of the job's cases that other instances hold (a cancel made through this instance) where their
     * run references let this executor reach them, a cluster's job ids, and returns at once; their own instances
     * record how they ended. A local executor cannot reach another host's processes: their instance's cancel timer
     * stops them.
     */
    void stopElsewhere(long jobId);

    /**
     * Whether this executor can follow a run that another instance started, through its run reference (a cluster's
     * job id): a lost instance's run is then adopted and goes on, never run a second time. A local process cannot be.
     */
    boolean adopts(String reference);

    /**
     * Follows a run that a lost instance started, its case now this instance's ({@link #adopts} said it can): its end
     * reaches {@code endings} exactly once, as for a run this instance started.
     */
    void adopt(CaseRun run, String reference, RunEndings endings);

    /**
     * A run whose instance stopped renewing its lease and that cannot be adopted: stops what may be left of it where this executor can reach it
     * (a local run only on its own host), so that the case can run again. Its files stay.
     */
    void stopLost(String reference, Path caseDir);
}
