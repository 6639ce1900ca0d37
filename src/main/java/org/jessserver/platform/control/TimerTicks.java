package org.jessserver.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each of this instance's timers last began a run, for the liveness check: a timer that stops running (its
 * thread hangs, the timer service is dead) leaves its time behind. Until a timer's first run its time is the
 * deployment's, so that a timer that never runs is noticed too.
 */
@ApplicationScoped
public class TimerTicks {

    /** The timers that must keep running; each calls {@link #ran} at the start of every run. */
    public static final String HEARTBEAT = "lease-heartbeat";
    public static final String LEASE_WATCH = "lease-watch";
    public static final String CANCEL_SWEEPER = "cancel-sweeper";
    public static final String LEASE_REAPER = "lease-reaper";

    @Inject
    Clock clock;

    private final Map<String, Instant> last = new ConcurrentHashMap<>();
    private volatile Instant deployed;

    /** Made with the application, not on first use: the time since deployment counts for timers that never ran. */
    void deployed(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (deployed == null) {
            deployed = clock.instant();
        }
    }

    public void ran(String timer) {
        last.put(timer, clock.instant());
    }

    /** Each timer's last run, or the deployment's time for one that has not run yet. */
    public Map<String, Instant> lastRuns() {
        Instant start = deployed == null ? clock.instant() : deployed;
        Map<String, Instant> out = new TreeMap<>();
        for (String timer : new String[] {HEARTBEAT, LEASE_WATCH, CANCEL_SWEEPER, LEASE_REAPER}) {
            out.put(timer, last.getOrDefault(timer, start));
        }
        return out;
    }
}
