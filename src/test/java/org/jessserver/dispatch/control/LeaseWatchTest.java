package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.job.entity.CaseKey;
import org.junit.jupiter.api.Test;

class LeaseWatchTest {

    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration SHORT_LEASE = Duration.ofMillis(200);
    private static final CaseKey KEY = new CaseKey(7, 1);

    private final List<Duration> stops = new CopyOnWriteArrayList<>();
    private final LeaseWatch watch = new LeaseWatch();

    LeaseWatchTest() {
        watch.running = new RunningCases();
        // claimed long before the tests' renewals
        watch.running.add(KEY, new RunningCase() {
            @Override
            public CaseOutcome await() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void stop(Duration grace) {
                stops.add(grace);
            }

            @Override
            public long pid() {
                return 1;
            }
        }, System.nanoTime() - Duration.ofHours(1).toNanos());
    }

    @Test
    void beatsThatFailForHalfALeaseStopTheRunsAndGiveThemUp() throws Exception {
        watch.renewed();
        watch.beatFailed();
        awaitStops();
        assertEquals(List.of(LeaseWatch.STOP_GRACE), stops);
        assertTrue(watch.running.abandoned(KEY), "the case is not this instance's to record any more");
    }

    @Test
    void aBeatThatHangsForHalfALeaseStopsTheRuns() throws Exception {
        watch.renewed();
        watch.beatStarted();
        long begin = System.nanoTime();
        awaitStops();
        assertTrue(System.nanoTime() - begin >= LeaseWatch.HANGING.toNanos(), "a beat in progress is not a hanging one");
        assertTrue(watch.running.abandoned(KEY));
    }

    @Test
    void beatsThatSucceedStopNothing() throws Exception {
        long deadline = System.nanoTime() + SHORT_LEASE.toNanos() * 3;
        while (System.nanoTime() < deadline) {
            watch.beatStarted();
            watch.renewed();
            watch.check(SHORT_LEASE);
            Thread.sleep(10);
        }
        assertEquals(List.of(), stops);
        assertFalse(watch.running.abandoned(KEY));
    }

    @Test
    void halfALeaseIsTheLimit() {
        assertTrue(LeaseWatch.overdue(Duration.ofMillis(5_001).toNanos(), LEASE, true));
        assertFalse(LeaseWatch.overdue(Duration.ofMillis(4_999).toNanos(), LEASE, true));
    }

    @Test
    void aCaseClaimedSinceTheLastRenewalIsStoppedOnlyHalfALeaseAfterItsClaim() throws Exception {
        watch.renewed();
        watch.beatFailed();
        awaitStops();
        // the database is back: a worker claims a case before the next beat renews anything
        CaseKey fresh = new CaseKey(8, 1);
        long claimed = System.nanoTime();
        long[] stoppedAt = {0};
        watch.running.add(fresh, new RunningCase() {
            @Override
            public CaseOutcome await() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void stop(Duration grace) {
                stoppedAt[0] = System.nanoTime();
            }

            @Override
            public long pid() {
                return 2;
            }
        }, claimed);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stoppedAt[0] == 0) {
            assertTrue(System.nanoTime() < deadline, "the fresh run was not stopped within 10 s");
            watch.check(SHORT_LEASE);
            Thread.sleep(10);
        }
        assertTrue(stoppedAt[0] - claimed >= SHORT_LEASE.toNanos() / 2, "stopped "
                + (stoppedAt[0] - claimed) / 1_000_000 + " ms after its claim, within half its own lease");
    }

    @Test
    void aLateBeatThatDidNotFailStopsNothing() {
        assertFalse(LeaseWatch.overdue(Duration.ofSeconds(8).toNanos(), LEASE, false));
    }

    private void awaitStops() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stops.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the runs were not stopped within 10 s");
            }
            watch.check(SHORT_LEASE);
            Thread.sleep(10);
        }
    }
}
