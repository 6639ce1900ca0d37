package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jessserver.job.entity.CaseKey;
import org.junit.jupiter.api.Test;

class LeaseWatchTest {

    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration SHORT_LEASE = Duration.ofMillis(200);
    private static final CaseKey KEY = new CaseKey(7, 1);

    private final List<Stop> stops = new CopyOnWriteArrayList<>();
    private final LeaseWatch watch = new LeaseWatch();

    LeaseWatchTest() {
        watch.inFlight = new InFlight();
        watch.executor = new StopRecorder();
        // claimed long before the tests' renewals
        watch.inFlight.claimed(KEY, System.nanoTime() - Duration.ofHours(1).toNanos());
    }

    /** An executor that only notes the stops asked of it. */
    private final class StopRecorder implements CaseExecutor {
        @Override
        public String reference() {
            return "test:1";
        }

        @Override
        public int room() {
            return 0;
        }

        @Override
        public void start(List<CaseRun> runs, RunEndings endings) {
        }

        @Override
        public void stop(Collection<CaseKey> keys, Duration grace) {
            keys.forEach(k -> stops.add(new Stop(k, grace, System.nanoTime())));
        }

        @Override
        public void stopElsewhere(long jobId) {
        }

        @Override
        public boolean adopts(String reference) {
            return false;
        }

        @Override
        public void adopt(CaseRun run, String reference, RunEndings endings) {
        }

        @Override
        public void stopLost(String reference, Path caseDir) {
        }
    }

    private record Stop(CaseKey key, Duration grace, long at) {
    }

    @Test
    void beatsThatFailForHalfALeaseStopTheRunsAndGiveThemUp() throws Exception {
        watch.renewed();
        watch.beatFailed();
        awaitStops();
        assertEquals(KEY, stops.get(0).key());
        assertEquals(LeaseWatch.STOP_GRACE, stops.get(0).grace());
        assertEquals(Set.of(), watch.inFlight.leased(), "the case is not this instance's to renew any more");
    }

    @Test
    void aBeatThatHangsForHalfALeaseStopsTheRuns() throws Exception {
        watch.renewed();
        watch.beatStarted();
        long begin = System.nanoTime();
        awaitStops();
        assertTrue(System.nanoTime() - begin >= LeaseWatch.HANGING.toNanos(), "a beat in progress is not a hanging one");
        assertEquals(Set.of(), watch.inFlight.leased());
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
        assertEquals(Set.of(KEY), watch.inFlight.leased());
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
        watch.inFlight.claimed(fresh, claimed);
        long[] stoppedAt = {0};
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stoppedAt[0] == 0) {
            assertTrue(System.nanoTime() < deadline, "the fresh run was not stopped within 10 s");
            watch.check(SHORT_LEASE);
            stops.stream().filter(st -> st.key().equals(fresh)).findFirst().ifPresent(st -> stoppedAt[0] = st.at());
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
