package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.jessserver.job.entity.CaseKey;

/**
 * Stops this instance's runs once its leases have gone unrenewed for half a lease: cut off from the database, it may
 * see another instance take its cases over when the leases expire, and a case must never run twice at once.
 */
@ApplicationScoped
public class LeaseWatch {

    private static final Logger LOG = Logger.getLogger(LeaseWatch.class.getName());

    /** Short: the cases run again elsewhere, and the runs must be gone well before the leases expire. */
    static final Duration STOP_GRACE = Duration.ofSeconds(1);

    @Inject
    InFlight inFlight;

    @Inject
    CaseExecutor executor;

    /** A beat that takes longer than the beats' period hangs; a merely slow one (a busy database) does not count. */
    static final Duration HANGING = Duration.ofSeconds(3);

    private volatile long lastRenewal = System.nanoTime();
    /** When the beat in progress began; 0 when none is. */
    private volatile long beatStarted;
    private volatile boolean failed;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** A beat begins; if it does not end within {@link #HANGING}, it counts as failed. */
    public void beatStarted() {
        beatStarted = System.nanoTime() | 1;
    }

    /** The heartbeat renewed this instance's leases. */
    public void renewed() {
        lastRenewal = System.nanoTime();
        failed = false;
        beatStarted = 0;
    }

    /** A beat could not renew the leases. */
    public void beatFailed() {
        failed = true;
        beatStarted = 0;
    }

    /** Called often (every second), independently of the heartbeat, which may hang on an unreachable database. */
    public void check(Duration lease) {
        long now = System.nanoTime();
        long started = beatStarted;
        boolean hanging = started != 0 && now - started > HANGING.toNanos();
        if (!overdue(now - lastRenewal, lease, failed || hanging) || !stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            stopAll(now, lease);
        } finally {
            stopping.set(false);
        }
    }

    private void stopAll(long now, Duration lease) {
        long renewed = lastRenewal;
        // a case claimed since the last renewal (the database is back, the next beat has not come yet) has a lease
        // from its claim: its run is not stopped before half of that has passed
        List<CaseKey> keys = inFlight.running().stream()
                .filter(k -> overdue(now - latest(renewed, inFlight.claimedAt(k).orElse(renewed)), lease, true))
                .filter(inFlight::abandon)
                .toList();
        if (keys.isEmpty()) {
            return;
        }
        LOG.warning(() -> "Case leases not renewed for " + (System.nanoTime() - lastRenewal) / 1_000_000
                + " ms, over half the lease: stopping this instance's runs " + keys + " before others take them over");
        executor.stop(keys, STOP_GRACE);
    }

    /** The later of two System.nanoTime() readings, which may wrap. */
    private static long latest(long a, long b) {
        return a - b >= 0 ? a : b;
    }

    /**
     * Half a lease without renewal, because beats fail or hang: the leases expire in the other half, time enough to stop
     * the runs first. A beat that merely came late (a busy timer) renews in time and stops nothing.
     */
    static boolean overdue(long sinceRenewalNanos, Duration lease, boolean troubled) {
        return troubled && sinceRenewalNanos > lease.toNanos() / 2;
    }
}
