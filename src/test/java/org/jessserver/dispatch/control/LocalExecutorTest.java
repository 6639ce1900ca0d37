package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.CaseSpec;
import org.jessserver.engine.control.FakeEngine;
import org.jessserver.engine.control.ProcessLauncher;
import org.jessserver.job.entity.CaseKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalExecutorTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final LocalExecutor executor = new LocalExecutor();
    /** Every ending reported, by case number: an outcome's kind, "failed: why" or "handed back: why". */
    private final Map<Integer, String> ends = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> reports = new ConcurrentHashMap<>();
    /** The executor's room when each end was reported, and how often it said its room was freed. */
    private final Map<Integer, Integer> roomAtReport = new ConcurrentHashMap<>();
    private final AtomicInteger freed = new AtomicInteger();

    private final RunEndings endings = new RunEndings() {
        @Override
        public void referenced(Map<CaseKey, String> references) {
            throw new AssertionError("a local run's reference is its instance's, known at the claim");
        }

        @Override
        public void ended(CaseRun run, CaseOutcome outcome) {
            note(run, outcome.kind().name());
        }

        @Override
        public void failed(CaseRun run, String why) {
            note(run, "failed: " + why);
        }

        @Override
        public void handedBack(CaseRun run, String why) {
            note(run, "handed back: " + why);
        }

        @Override
        public void roomFreed() {
            freed.incrementAndGet();
        }

        private void note(CaseRun run, String end) {
            roomAtReport.put(run.key().caseNo(), executor.room());
            ends.put(run.key().caseNo(), end);
            reports.merge(run.key().caseNo(), 1, Integer::sum);
        }
    };

    LocalExecutorTest() {
        executor.launcher = new ProcessLauncher();
        executor.open(2, Executors.defaultThreadFactory());
    }

    @AfterEach
    void stopEverything() {
        executor.stop(List.of(new CaseKey(1, 1), new CaseKey(1, 2), new CaseKey(1, 3)), Duration.ZERO);
        executor.close();
    }

    private CaseRun run(int no, String... directives) throws Exception {
        CaseSpec spec = new CaseSpec(FakeEngine.executable(), FakeEngine.model(dir, directives),
                dir.resolve("in.epw"), dir.resolve("case-" + no), false, Duration.ofHours(1));
        return new CaseRun(new CaseKey(1, no), no, spec);
    }

    @Test
    void runsReportTheirEndsOnceAndGiveTheirRoomBack() throws Exception {
        assertEquals(2, executor.room());
        executor.start(List.of(run(1, "sleep=0.5"), run(2, "fatal")), endings);
        assertEquals(0, executor.room(), "both workers are taken");
        FakeEngine.waitUntil("both ends", LIMIT, () -> ends.size() == 2);
        assertEquals("SIMULATED", ends.get(1));
        assertEquals("FAILED", ends.get(2));
        FakeEngine.waitUntil("room given back", LIMIT, () -> executor.room() == 2);
        assertEquals(Map.of(1, 1, 2, 1), reports, "each run ends exactly once");
    }

    /** Else a claim made between the two commits before the end: the database shows a running case too many. */
    @Test
    void aRunsPlaceIsFreedOnlyAfterItsEndIsReported() throws Exception {
        for (int i = 0; i < 20; i++) {
            ends.clear();
            executor.start(List.of(run(1), run(2, "fatal")), endings);
            FakeEngine.waitUntil("both ends, round " + i, LIMIT, () -> ends.size() == 2);
            FakeEngine.waitUntil("room given back, round " + i, LIMIT, () -> executor.room() == 2);
            assertTrue(roomAtReport.get(1) < 2 && roomAtReport.get(2) < 2, "round " + i + ": " + roomAtReport);
        }
        assertEquals(40, freed.get(), "each end frees its place once");
    }

    @Test
    void aStopReturnsAtOnceWhileAStubbornRunWaitsOutItsGraceElsewhere() throws Exception {
        executor.start(List.of(run(1, "hang", "ignore-term")), endings);
        FakeEngine.waitUntil("the run's process", LIMIT, () -> executor.runs.containsKey(new CaseKey(1, 1)));
        long begin = System.nanoTime();
        executor.stop(List.of(new CaseKey(1, 1)), Duration.ofSeconds(2));
        long took = System.nanoTime() - begin;
        assertTrue(took < Duration.ofMillis(500).toNanos(), "the stop took " + took / 1_000_000 + " ms");
        FakeEngine.waitUntil("the stopped run's end", LIMIT, () -> ends.containsKey(1));
        assertEquals("STOPPED", ends.get(1));
        assertTrue(System.nanoTime() - begin >= Duration.ofSeconds(2).toNanos(), "SIGKILL came before the grace");
    }

    @Test
    void aStopAskedBeforeTheProcessStartedStopsItOnceStarted() throws Exception {
        for (int i = 0; i < 20; i++) {
            ends.clear();
            executor.start(List.of(run(3, "hang")), endings);
            executor.stop(List.of(new CaseKey(1, 3)), Duration.ZERO);
            FakeEngine.waitUntil("the run's end, round " + i, LIMIT, () -> ends.containsKey(3));
            assertEquals("STOPPED", ends.get(3), "round " + i);
        }
    }

    @Test
    void aCaseThatCannotStartFailsSayingWhy() throws Exception {
        CaseSpec bad = new CaseSpec(dir.resolve("no-such-engine"), FakeEngine.model(dir), dir.resolve("in.epw"),
                dir.resolve("case-2"), false, Duration.ofHours(1));
        executor.start(List.of(new CaseRun(new CaseKey(1, 2), 1, bad)), endings);
        FakeEngine.waitUntil("the refusal", LIMIT, () -> ends.containsKey(2));
        assertTrue(ends.get(2).startsWith("failed: Could not start EnergyPlus: "), ends.get(2));
        assertTrue(ends.get(2).contains("no-such-engine"), ends.get(2));
        FakeEngine.waitUntil("room given back", LIMIT, () -> executor.room() == 2);
    }
}
