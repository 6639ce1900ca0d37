package org.jessserver.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.engine.control.CaseBusyException;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.ProcessLauncher;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.job.entity.CaseKey;

/**
 * Runs cases as processes on this host, JESS_WORKERS at a time: one thread per run waits for its process tree and
 * reports how it ended. A stop is sent from a thread of its own, so that nobody waits out a stubborn run's grace.
 */
@ApplicationScoped
// chosen by ExecutorChoice, as the Slurm executor is: neither is a CaseExecutor bean of its own
@Typed(LocalExecutor.class)
public class LocalExecutor implements CaseExecutor {

    private static final Logger LOG = Logger.getLogger(LocalExecutor.class.getName());

    static final String KIND = "local";

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ProcessLauncher launcher;

    @Inject
    DispatchSettings settings;

    @Inject
    InstanceId instance;

    final Map<CaseKey, RunningCase> runs = new HashMap<>();
    /** Runs asked to stop before their process was started, with the grace asked for. */
    private final Map<CaseKey, Duration> stopFirst = new HashMap<>();
    /** Runs handed over whose process has not started yet. */
    private final Set<CaseKey> starting = new HashSet<>();
    /** Runs whose stop is being sent now: the cancel timer asks again every second. */
    private final Set<RunningCase> stopping = ConcurrentHashMap.newKeySet();
    private final AtomicInteger active = new AtomicInteger();
    private ExecutorService pool;
    private int workers;

    @PostConstruct
    void open() {
        open(settings.workers(), threads);
    }

    /** Runs at most {@code workers} cases at once, each on a thread of {@code factory}. */
    void open(int workers, ThreadFactory factory) {
        this.workers = workers;
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = factory.newThread(r);
            t.setName("jess-run-" + n.incrementAndGet());
            return t;
        });
    }

    @PreDestroy
    void close() {
        // a run still waited for is stopped by its thread's interrupt and reported STOPPED
        pool.shutdownNow();
    }

    @Override
    public String reference() {
        return KIND + ":" + instance.value();
    }

    @Override
    public int room() {
        return Math.max(0, workers - active.get());
    }

    @Override
    public void start(List<CaseRun> batch, RunEndings endings) {
        for (CaseRun run : batch) {
            active.incrementAndGet();
            synchronized (this) {
                starting.add(run.key());
            }
            try {
                pool.execute(() -> run(run, endings));
            } catch (RejectedExecutionException e) {
                notStarted(run, () -> endings.handedBack(run, "This instance is shutting down"), endings);
            }
        }
    }

    private void run(CaseRun c, RunEndings endings) {
        RunningCase run;
        try {
            run = launcher.start(c.spec());
        } catch (CaseBusyException e) {
            // another live server on this host still runs the case (it lost its lease): never two runs at once
            LOG.warning(() -> e.getMessage() + "; case " + c.key() + " goes back to the queue");
            notStarted(c, () -> endings.handedBack(c, e.getMessage()), endings);
            return;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException) {
                LOG.log(Level.WARNING, "Case " + c.key() + " could not start", e);
            }
            notStarted(c, () -> endings.failed(c, Endings.cannotStart(e)), endings);
            return;
        }
        Duration stopAtOnce;
        synchronized (this) {
            starting.remove(c.key());
            runs.put(c.key(), run);
            stopAtOnce = stopFirst.remove(c.key());
        }
        if (stopAtOnce != null) {
            run.stop(stopAtOnce);
        }
        Runnable report;
        try {
            CaseOutcome outcome = run.await();
            report = () -> endings.ended(c, outcome);
        } catch (InterruptedException e) {
            // the server is going down: the run must not outlive it, and the case runs again later
            run.stop(Duration.ZERO);
            report = () -> endings.handedBack(c, "This instance is shutting down");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not learn how case " + c.key() + " ended; it is stopped", e);
            run.stop(Duration.ZERO);
            report = () -> endings.failed(c, "Could not learn how the run ended: " + e);
        } finally {
            synchronized (this) {
                runs.remove(c.key(), run);
            }
        }
        freeAfter(report, endings);
    }

    private void notStarted(CaseRun c, Runnable report, RunEndings endings) {
        synchronized (this) {
            starting.remove(c.key());
            stopFirst.remove(c.key());
        }
        freeAfter(report, endings);
    }

    /** Reports a run's end, and only then frees its place (see {@link RunEndings#roomFreed}). */
    private void freeAfter(Runnable report, RunEndings endings) {
        try {
            report.run();
        } finally {
            active.decrementAndGet();
            endings.roomFreed();
        }
    }

    @Override
    public void stop(Collection<CaseKey> keys, Duration grace) {
        for (CaseKey key : keys) {
            RunningCase run;
            synchronized (this) {
                run = runs.get(key);
                if (run == null && starting.contains(key)) {
                    stopFirst.put(key, grace);
                }
            }
            if (run != null && stopping.add(run)) {
                Runnable stop = () -> {
                    try {
                        run.stop(grace);
                    } finally {
                        stopping.remove(run);
                    }
                };
                try {
                    pool.execute(stop);
                } catch (RejectedExecutionException e) {
                    // the pool is going down with the server: stop it here
                    stop.run();
                }
            }
        }
    }

    @Override
    public void stopElsewhere(long jobId) {
        // another instance's processes are out of reach; its cancel timer stops them within a second
    }

    @Override
    public boolean adopts(String reference) {
        // a process belongs to its host and to the server that waits for it: a lost instance's run is stopped and
        // its case run again
        return false;
    }

    @Override
    public void adopt(CaseRun run, String reference, RunEndings endings) {
        throw new IllegalArgumentException("A local run cannot be adopted: " + reference);
    }

    @Override
    public void stopLost(String reference, Path caseDir) {
        // a run of another host is out of reach; the case folder's marker says whose run it was
        launcher.stopLeftovers(caseDir);
    }
}
