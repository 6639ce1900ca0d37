package org.jessserver.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.Settings;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.job.entity.CaseResult;
import org.jessserver.job.entity.CasesQueued;
import org.jessserver.job.entity.SimCase;

/**
 * This instance's worker pool: JESS_WORKERS threads that each claim a queued case, run it and
 * record the outcome. Idle workers wait for a wake-up (a job became runnable here) or poll the
 * database once a second for work that other instances queued. While the data folder's disk is below its reserve
 * they start no new case (each would fail for want of space) and go on once space is freed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final long IDLE_POLL_MILLIS = 1000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    CaseTransitions transitions;

    @Inject
    CaseRunner runner;

    @Inject
    RunningCases running;

    @Inject
    InstanceId instance;

    @Inject
    DispatchSettings settings;

    @Inject
    DiskSpace space;

    @Inject
    Settings platform;

    private final AtomicBoolean holding = new AtomicBoolean();

    private final Object signal = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean open = true;
    private long wakeups;

    @PostConstruct
    void start() {
        int n = settings.workers();
        for (int i = 0; i < n; i++) {
            Thread t = threads.newThread(this::work);
            t.setName("jess-worker-" + (i + 1));
            workers.add(t);
            t.start();
        }
        LOG.info(() -> "Instance " + instance.value() + " runs cases with " + n + " worker(s), lease "
                + settings.lease().toSeconds() + " s, time-out " + settings.caseTimeout());
    }

    /** Cases became runnable here: idle workers look at once instead of at their next poll. */
    public void onCasesQueued(@Observes CasesQueued event) {
        wake();
    }

    /** Tells idle workers that there may be work now. */
    public void wake() {
        synchronized (signal) {
            wakeups++;
            signal.notifyAll();
        }
    }

    private void work() {
        // the result of the last run, until it is committed together with the next claim
        CaseResult pending = null;
        while (open || pending != null) {
            try {
                Optional<SimCase> next = transitions.recordAndClaim(pending, instance.value(),
                        settings.lease().toMillis(), open && roomToRun());
                pending = null;
                if (next.isPresent()) {
                    pending = runner.run(next.get()).orElse(null);
                } else if (open) {
                    idle();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!open) {
                    // shutting down: what is not recorded now is found by the sweepers once its lease expires
                    return;
                }
                LOG.log(Level.WARNING, "Worker " + Thread.currentThread().getName() + " failed; it goes on", e);
                pause();
            }
        }
    }

    /** False while the disk is below its reserve; says so once when that begins and once when it ends. */
    private boolean roomToRun() {
        boolean low = space.belowReserve(platform.dataDir());
        if (holding.compareAndSet(!low, low)) {
            LOG.log(low ? Level.WARNING : Level.INFO, low
                    ? "The data folder's disk is below its reserve (JESS_DISK_RESERVE_BYTES): no new case starts until space is freed"
                    : "The data folder's disk has room again: cases start again");
        }
        return !low;
    }

    private void idle() throws InterruptedException {
        synchronized (signal) {
            long seen = wakeups;
            long deadline = System.currentTimeMillis() + IDLE_POLL_MILLIS;
            while (open && wakeups == seen) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                signal.wait(left);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(IDLE_POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clean shutdown stops this instance's runs and puts their cases back in the queue at once. */
    @PreDestroy
    void stop() {
        open = false;
        runner.beginShutdown();
        wake();
        for (CaseKey key : running.keys()) {
            RunningCase run = running.get(key);
            if (run != null) {
                run.stop(Duration.ofSeconds(2));
            }
        }
        for (Thread t : workers) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // whatever a worker could not hand back is found by the sweepers once its lease expires
        LOG.info(() -> "Instance " + instance.value() + " stopped its workers");
    }
}
