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
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.engine.control.CaseSpec;
import org.jessserver.job.control.CaseTransitions;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.job.entity.CaseResult;
import org.jessserver.job.entity.CasesQueued;
import org.jessserver.job.entity.SimCase;
import org.jessserver.platform.control.DiskSpace;
import org.jessserver.platform.control.Settings;

/**
 * This instance's dispatcher: one thread that commits the runs' ends together with new claims, as many as the
 * executor has room for, and hands the claimed cases to the executor. Idle, it waits for a run's end or a wake-up
 * (a job became runnable here), or polls the database once a second for work that other instances queued. While
 * the data folder's disk is below its reserve it claims nothing (each case would fail for want of space) and goes
 * on once space is freed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final long IDLE_POLL_MILLIS = 1000;
    /** How long a shutdown waits for the stopped runs' cases to go back to the queue. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    CaseTransitions transitions;

    @Inject
    CaseExecutor executor;

    @Inject
    Endings endings;

    @Inject
    InFlight inFlight;

    @Inject
    RunSpecs specs;

    @Inject
    InstanceId instance;

    @Inject
    DispatchSettings settings;

    @Inject
    DiskSpace space;

    @Inject
    Settings platform;

    private final AtomicBoolean holding = new AtomicBoolean();
    private Thread loop;
    private volatile boolean open = true;
    private volatile long closeBy;

    @PostConstruct
    void start() {
        loop = threads.newThread(this::dispatch);
        loop.setName("jess-dispatcher");
        loop.start();
        LOG.info(() -> "Instance " + instance.value() + " runs cases with " + executor.reference() + ", "
                + settings.workers() + " at a time, lease " + settings.lease().toSeconds() + " s, time-out "
                + settings.caseTimeout());
    }

    /** Cases became runnable here: the dispatcher looks at once instead of at its next poll. */
    public void onCasesQueued(@Observes CasesQueued event) {
        endings.wake();
    }

    private void dispatch() {
        // ends not yet committed: kept until a commit succeeds, so that a database outage loses none
        List<Ended> unrecorded = new ArrayList<>();
        while (open || (!inFlight.isEmpty() && System.nanoTime() - closeBy < 0)) {
            try {
                long mark = endings.mark();
                unrecorded.addAll(endings.drain());
                int want = open && roomToRun() ? executor.room() : 0;
                List<SimCase> claimed = commit(unrecorded, want);
                unrecorded.clear();
                hand(claimed);
                if (claimed.isEmpty()) {
                    endings.await(mark, IDLE_POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!open) {
                    // shutting down: what is not recorded now is found by the sweepers once its lease expires
                    return;
                }
                LOG.log(Level.WARNING, "Dispatch failed; it goes on", e);
                pause();
            }
        }
    }

    /** One transaction: the ends (and releases) reported, and up to {@code want} new claims. */
    private List<SimCase> commit(List<Ended> ends, int want) {
        if (ends.isEmpty() && want == 0) {
            return List.of();
        }
        List<CaseResult> results = new ArrayList<>();
        List<CaseKey> released = new ArrayList<>();
        for (Ended e : ends) {
            if (e.result() == null) {
                released.add(e.run().key());
            } else {
                results.add(e.result());
            }
        }
        List<SimCase> claimed = transitions.recordAndClaim(results, released, instance.value(),
                settings.lease().toMillis(), want, executor.reference());
        ends.forEach(e -> inFlight.recorded(e.run()));
        return claimed;
    }

    /** Hands the claimed cases to the executor; a case that cannot run here ends failed at once. */
    private void hand(List<SimCase> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        // claimed just now: their leases run from here
        long now = System.nanoTime();
        List<CaseRun> runs = new ArrayList<>();
        for (SimCase c : claimed) {
            long claim = inFlight.claimed(c.key(), now);
            Optional<CaseSpec> spec;
            try {
                spec = specs.of(c);
            } catch (IOException | RuntimeException e) {
                endings.failed(new CaseRun(c.key(), claim, null), Endings.cannotStart(e));
                continue;
            }
            if (spec.isEmpty()) {
                endings.failed(new CaseRun(c.key(), claim, null), specs.noEngine(c));
            } else {
                runs.add(new CaseRun(c.key(), claim, spec.get()));
            }
        }
        executor.start(runs, endings);
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
        closeBy = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        endings.closing();
        open = false;
        endings.wake();
        executor.stop(inFlight.running(), Duration.ofSeconds(2));
        try {
            loop.join(SHUTDOWN_WAIT.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // whatever could not be handed back is found by the sweepers once its lease expires
        LOG.info(() -> "Instance " + instance.value() + " stopped dispatching");
    }
}
