package org.jessserver.engine.control;

import static org.jessserver.engine.control.FakeEngine.alive;
import static org.jessserver.engine.control.FakeEngine.descendants;
import static org.jessserver.engine.control.FakeEngine.model;
import static org.jessserver.engine.control.FakeEngine.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jessserver.testing.Processes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessLauncherTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final ProcessLauncher executor = new ProcessLauncher(Duration.ofMillis(500));
    private final List<RunningCase> started = new ArrayList<>();
    private final List<Process> helpers = new ArrayList<>();

    @AfterEach
    void leaveNothingRunning() {
        started.forEach(r -> r.stop(Duration.ZERO));
        helpers.forEach(p -> new ProcessTree(p.toHandle()).stop(Duration.ZERO));
    }

    private RunningCase start(Path caseDir, Duration timeout, String... directives) throws IOException {
        CaseSpec spec = new CaseSpec(FakeEngine.executable(), model(dir, directives), dir.resolve("weather.epw"),
                caseDir, false, timeout);
        RunningCase run = executor.start(spec);
        started.add(run);
        return run;
    }

    @Test
    void instantSuccessIsSimulated() throws Exception {
        Path caseDir = dir.resolve("case-1");
        RunningCase run = start(caseDir, HOUR);
        CaseOutcome outcome = run.await();

        assertEquals(CaseOutcome.Kind.SIMULATED, outcome.kind(), outcome.message());
        assertEquals(0, outcome.exitCode());
        assertTrue(outcome.message().startsWith("EnergyPlus Completed Successfully--"), outcome.message());
        assertTrue(outcome.cpuMillis() >= 0);
        assertTrue(Files.isRegularFile(caseDir.resolve("console.log")));
        assertTrue(Files.readString(caseDir.resolve("console.log")).contains("Completed Successfully (fake)"));
        RunMarker marker = RunMarker.read(caseDir.resolve(".jess-pid")).orElseThrow();
        assertEquals(run.pid(), marker.pid());
        assertEquals(ProcessHandle.current().pid(), marker.server());
        assertTrue(marker.ours() && marker.onThisHost(), marker.toString());
        assertTrue(Files.isRegularFile(caseDir.resolve("eplustbl.csv")));
        assertTrue(Files.isRegularFile(caseDir.resolve(".jess-cputime")));
        assertEquals(outcome, run.await(), "await is repeatable");
    }

    @Test
    void theEngineGetsTheEnergyPlusCommandLine() throws Exception {
        Path caseDir = dir.resolve("case-x");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path echo = bin.resolve("engine");
        Files.writeString(echo, "#!/bin/bash\nprintf '%s\\n' \"$PWD\" \"$@\" > args.txt\nexit 4\n");
        assertTrue(echo.toFile().setExecutable(true));
        Path model = model(dir);
        RunningCase run = executor.start(new CaseSpec(echo, model, dir.resolve("w.epw"), caseDir, true, HOUR));
        started.add(run);

        assertEquals("EnergyPlus exited with code 4", run.await().message());
        assertEquals(List.of(caseDir.toString(), "-w", dir.resolve("w.epw").toString(), "-d", caseDir.toString(),
                "-x", model.toString()), Files.readAllLines(caseDir.resolve("args.txt")));
    }

    @Test
    void nonZeroExitFails() throws Exception {
        CaseOutcome outcome = start(dir.resolve("case-2"), HOUR, "exit=3").await();
        assertEquals(CaseOutcome.Kind.FAILED, outcome.kind());
        assertEquals(3, outcome.exitCode());
        assertTrue(outcome.message().contains("code 3"), outcome.message());
    }

    @Test
    void fatalErrorFailsWithTheEndFileText() throws Exception {
        CaseOutcome outcome = start(dir.resolve("case-3"), HOUR, "fatal").await();
        assertEquals(CaseOutcome.Kind.FAILED, outcome.kind());
        assertTrue(outcome.message().startsWith(
                "EnergyPlus Terminated--Fatal Error Detected. 0 Warning; 1 Severe Errors"), outcome.message());
    }

    @Test
    void missingEndFileFails() throws Exception {
        CaseOutcome outcome = start(dir.resolve("case-4"), HOUR, "no-end").await();
        assertEquals(CaseOutcome.Kind.FAILED, outcome.kind());
        assertEquals("eplusout.end is missing", outcome.message());
    }

    @Test
    void cpuTimeOfTheTreeIsRecorded() throws Exception {
        CaseOutcome outcome = start(dir.resolve("case-5"), HOUR, "burn=0.3").await();
        assertEquals(CaseOutcome.Kind.SIMULATED, outcome.kind(), outcome.message());
        assertTrue(outcome.cpuMillis() > 0, "cpu " + outcome.cpuMillis());
        assertTrue(outcome.cpuMillis() < 10_000, "cpu " + outcome.cpuMillis());
    }

    @Test
    void timeOutStopsTheTree() throws Exception {
        Path caseDir = dir.resolve("case-6");
        RunningCase run = start(caseDir, Duration.ofSeconds(1), "hang", "children=2");
        Set<Long> tree = new HashSet<>();
        waitUntil("the fake engine has its children", Duration.ofSeconds(10), () -> {
            tree.addAll(descendants(run.pid()));
            return tree.size() >= 4;
        });
        long begin = System.nanoTime();
        CaseOutcome outcome = run.await();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);

        assertEquals(CaseOutcome.Kind.TIMED_OUT, outcome.kind());
        assertEquals("Timed out after 1s", outcome.message());
        assertTrue(waited < 6_000, "took " + waited + " ms");
        assertFalse(alive(run.pid()));
        tree.forEach(pid -> assertFalse(alive(pid), "process " + pid + " of the case is still alive"));
    }

    @Test
    void stopFromAnotherThreadKillsChildrenThatIgnoreSigterm() throws Exception {
        RunningCase run = start(dir.resolve("case-7"), HOUR, "hang children=2 ignore-term");
        Set<Long> tree = new HashSet<>();
        waitUntil("the fake engine has its children", Duration.ofSeconds(10), () -> {
            tree.addAll(descendants(run.pid()));
            return tree.size() >= 4;
        });
        CompletableFuture<CaseOutcome> awaited = CompletableFuture.supplyAsync(() -> {
            try {
                return run.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertFalse(awaited.isDone());

        long begin = System.nanoTime();
        run.stop(Duration.ofMillis(300));
        long stopped = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);

        assertFalse(alive(run.pid()));
        tree.forEach(pid -> assertFalse(alive(pid), "process " + pid + " of the case is still alive"));
        assertTrue(stopped >= 250, "SIGTERM was ignored, so the grace period should have passed: " + stopped);
        assertTrue(stopped < 6_000, "took " + stopped + " ms");
        CaseOutcome outcome = awaited.get(10, TimeUnit.SECONDS);
        assertEquals(CaseOutcome.Kind.STOPPED, outcome.kind());
        assertEquals("Stopped", outcome.message());
        run.stop(Duration.ofSeconds(1));
        assertEquals(outcome, run.await());
    }

    @Test
    void concurrentStopsAllReturnWithNothingLeft() throws Exception {
        RunningCase run = start(dir.resolve("case-8"), HOUR, "hang children=3");
        Set<Long> tree = new HashSet<>();
        waitUntil("the fake engine has its children", Duration.ofSeconds(10), () -> {
            tree.addAll(descendants(run.pid()));
            return tree.size() >= 5;
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> stops = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                stops.add(pool.submit(() -> run.stop(Duration.ofSeconds(2))));
            }
            for (Future<?> stop : stops) {
                stop.get(10, TimeUnit.SECONDS);
                tree.forEach(pid -> assertFalse(alive(pid), "process " + pid + " of the case is still alive"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(CaseOutcome.Kind.STOPPED, run.await().kind());
    }

    @Test
    void stopAfterTheEndIsHarmless() throws Exception {
        RunningCase run = start(dir.resolve("case-9"), HOUR);
        CaseOutcome outcome = run.await();
        run.stop(Duration.ofSeconds(1));
        assertEquals(CaseOutcome.Kind.SIMULATED, outcome.kind());
        assertEquals(outcome, run.await());
    }

    @Test
    void staleRunRecordedInThePidFileIsKilledAndTheFolderEmptied() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-10"));
        Files.writeString(caseDir.resolve("eplusout.end"), "from the earlier attempt");
        Process stale = helper("bash", "-c", "sleep 1000 & wait", "jess-case", caseDir.toString());
        waitUntil("the stale run has its child", Duration.ofSeconds(10), () -> !descendants(stale.pid()).isEmpty());
        Set<Long> staleTree = descendants(stale.pid());
        Files.writeString(caseDir.resolve(".jess-pid"), Long.toString(stale.pid()));

        RunningCase run = start(caseDir, HOUR, "no-end");

        assertFalse(alive(stale.pid()));
        staleTree.forEach(pid -> assertFalse(alive(pid), "stale process " + pid + " is still alive"));
        assertEquals("eplusout.end is missing", run.await().message(), "the earlier attempt's files are gone");
    }

    @Test
    void aFlatFolderKeepsItsInputsWhenARunStartsAgain() throws Exception {
        Path root = Files.createDirectories(dir.resolve("job-1"));
        Path model = Files.copy(model(dir), root.resolve("in.idf"));
        Path weather = Files.writeString(root.resolve("in.epw"), "weather");
        Path nested = Files.createDirectories(root.resolve("extra")).resolve("data.csv");
        Files.writeString(nested, "input too");
        Files.writeString(root.resolve("eplusout.end"), "from the earlier attempt");
        Files.createDirectories(root.resolve("old-output")).resolve("x.txt").toFile().createNewFile();
        Set<Path> keep = Set.of(model.toAbsolutePath().normalize(), weather.toAbsolutePath().normalize(),
                nested.toAbsolutePath().normalize());
        RunningCase run = executor.start(new CaseSpec(FakeEngine.executable(), model, weather, root, false, HOUR, keep));
        started.add(run);

        assertEquals(CaseOutcome.Kind.SIMULATED, run.await().kind());
        assertTrue(Files.isRegularFile(model) && Files.isRegularFile(weather) && Files.isRegularFile(nested),
                "the inputs stay");
        assertFalse(Files.exists(root.resolve("old-output")), "the earlier attempt's folder is gone");
        assertTrue(Files.readString(root.resolve("eplusout.end")).contains("Completed Successfully"));
    }

    @Test
    void stalePidOfAnUnrelatedProcessIsLeftAlone() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-11"));
        Process unrelated = helper("sleep", "1000");
        Files.writeString(caseDir.resolve(".jess-pid"), Long.toString(unrelated.pid()));

        assertEquals(CaseOutcome.Kind.SIMULATED, start(caseDir, HOUR).await().kind());
        assertTrue(unrelated.isAlive(), "a recycled pid must not be killed");
    }

    @Test
    void staleProcessNamedByArgv0IsKilled() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-12"));
        Process stale = helper("bash", "-c", "exec -a \"x " + caseDir + "\" sleep 1000");
        // wait for the command line itself: during exec the new image is visible (/proc/pid/exe) before its arguments
        waitUntil("bash has become sleep named after the folder", Duration.ofSeconds(10),
                () -> Processes.commandLine(stale.pid()).equals("x " + caseDir + " 1000"));
        Files.writeString(caseDir.resolve(".jess-pid"), Long.toString(stale.pid()));

        start(caseDir, HOUR).await();
        assertTrue(stale.waitFor(5, TimeUnit.SECONDS), "stale process still alive");
    }

    @Test
    void orphanedEngineWritingToTheFolderIsKilledEvenWithoutPidFile() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-13"));
        Files.writeString(caseDir.resolve("console.log"), "earlier attempt");
        Process orphan = helper("bash", "-c", "sleep 1000; :", "-d", caseDir.toString());

        start(caseDir, HOUR).await();
        assertTrue(orphan.waitFor(5, TimeUnit.SECONDS), "orphaned engine still alive");
    }

    @Test
    void aRunWhoseServerDiesStopsItselfWithEverythingItStarted() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-15"));
        CaseSpec spec = new CaseSpec(FakeEngine.executable(), model(dir, "hang children=2 ignore-term"),
                dir.resolve("weather.epw"), caseDir, false, HOUR);
        // a stand-in for the server: a parent that dies by SIGKILL while the run goes on
        List<String> server = new ArrayList<>(List.of("/bin/sh", "-c", "\"$@\" & wait", "server"));
        server.addAll(ProcessLauncher.command(spec, caseDir));
        Process parent = helper(caseDir, server.toArray(String[]::new));
        Set<Long> tree = new HashSet<>();
        waitUntil("the fake engine has its children", Duration.ofSeconds(10), () -> {
            tree.addAll(descendants(parent.pid()));
            // wrapper, its watcher, the engine, its two children and its sleep
            return tree.size() >= 6;
        });

        parent.destroyForcibly();
        long begin = System.nanoTime();
        waitUntil("the orphaned run has ended", Duration.ofSeconds(5), () -> tree.stream().noneMatch(FakeEngine::alive)
                && Processes.workingIn(caseDir).isEmpty());
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        assertTrue(took < 5_000, "took " + took + " ms");
    }

    @Test
    void aServerThatDiesWhileStoppingARunLeavesNothingBehind() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-20"));
        CaseSpec spec = new CaseSpec(FakeEngine.executable(), model(dir, "hang children=2 ignore-term"),
                dir.resolve("weather.epw"), caseDir, false, HOUR);
        List<String> server = new ArrayList<>(List.of("/bin/sh", "-c", "\"$@\" & wait", "server"));
        server.addAll(ProcessLauncher.command(spec, caseDir));
        Process parent = helper(caseDir, server.toArray(String[]::new));
        Set<Long> tree = new HashSet<>();
        waitUntil("the fake engine has its children", Duration.ofSeconds(10), () -> {
            tree.addAll(descendants(parent.pid()));
            return tree.size() >= 6;
        });

        // the first half of a stop, SIGTERM to every process of the run, and the server dies before the SIGKILL
        tree.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        parent.destroyForcibly();
        waitUntil("the run has ended", Duration.ofSeconds(5), () -> tree.stream().noneMatch(FakeEngine::alive)
                && Processes.workingIn(caseDir).isEmpty());
    }

    @Test
    void aStoppedRunThatHeedsSigtermEndsAtOnce() throws Exception {
        RunningCase run = start(dir.resolve("case-21"), HOUR, "hang children=2");
        waitUntil("the fake engine has its children", Duration.ofSeconds(10), () -> descendants(run.pid()).size() >= 5);
        long begin = System.nanoTime();
        run.stop(Duration.ofSeconds(30));
        long stopped = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        assertEquals(CaseOutcome.Kind.STOPPED, run.await().kind());
        assertTrue(stopped < 3_000, "the watcher held the stop up for " + stopped + " ms");
    }

    @Test
    void aFinishedRunLeavesNothingBehind() throws Exception {
        Path caseDir = dir.resolve("case-16");
        // children that outlive the engine and ignore SIGTERM, then the watcher and its sleep
        RunningCase run = start(caseDir, HOUR, "children=2 ignore-term");
        assertEquals(CaseOutcome.Kind.SIMULATED, run.await().kind());
        waitUntil("no process of the run is left", Duration.ofSeconds(5), () -> Processes.workingIn(caseDir).isEmpty());
    }

    @Test
    void aRunLeftByADeadServerIsKnownByItsMarkerAndStopped() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-17"));
        Process stale = helper(caseDir, "sleep", "1000");
        Process server = helper("sleep", "1000");
        RunMarker dead = marker(stale.pid(), server.pid());
        server.destroyForcibly().waitFor();
        dead.write(caseDir.resolve(".jess-pid"));

        assertEquals(CaseOutcome.Kind.SIMULATED, start(caseDir, HOUR).await().kind());
        assertFalse(alive(stale.pid()), "the run of a dead server was left running");
    }

    @Test
    void aRunOfAnotherLiveServerIsNeverTouchedAndTheCaseDoesNotStartBesideIt() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-18"));
        Files.writeString(caseDir.resolve("eplusout.end"), "theirs");
        Process theirs = helper(caseDir, "sleep", "1000");
        Process server = helper("sleep", "1000");
        marker(theirs.pid(), server.pid()).write(caseDir.resolve(".jess-pid"));

        CaseSpec spec = new CaseSpec(FakeEngine.executable(), model(dir), null, caseDir, false, HOUR);
        CaseBusyException e = assertThrows(CaseBusyException.class, () -> executor.start(spec));
        assertTrue(e.getMessage().contains(Long.toString(theirs.pid())), e.getMessage());
        assertTrue(theirs.isAlive(), "another live server's run was stopped");
        assertEquals("theirs", Files.readString(caseDir.resolve("eplusout.end")), "its folder was emptied");
        executor.stopLeftovers(caseDir);
        assertTrue(theirs.isAlive(), "another live server's run was stopped as a leftover");

        // once that run has ended, the case runs
        theirs.destroyForcibly().waitFor();
        assertEquals(CaseOutcome.Kind.SIMULATED, start(caseDir, HOUR).await().kind());
    }

    @Test
    void aMarkerWhosePidWasReusedStopsNothing() throws Exception {
        Path caseDir = Files.createDirectories(dir.resolve("case-19"));
        Process unrelated = helper(caseDir, "sleep", "1000");
        RunMarker recorded = marker(unrelated.pid(), 1);
        new RunMarker(recorded.host(), recorded.boot(), recorded.pid(), recorded.start() - 1, 1, 0)
                .write(caseDir.resolve(".jess-pid"));

        assertEquals(CaseOutcome.Kind.SIMULATED, start(caseDir, HOUR).await().kind());
        assertTrue(unrelated.isAlive(), "a process that merely has the recorded pid was stopped");
    }

    /** The marker that a server process {@code server} of this host would have written for run {@code pid}. */
    private static RunMarker marker(long pid, long server) {
        RunMarker here = RunMarker.ofNewRun(pid);
        return new RunMarker(here.host(), here.boot(), pid, here.start(), server,
                RunMarker.startTicks(server).orElseThrow());
    }

    @Test
    void missingExecutableIsRefusedAtStart() {
        Path absent = dir.resolve("no-such-energyplus");
        IOException e = assertThrows(IOException.class, () -> executor.start(
                new CaseSpec(absent, dir.resolve("m.idf"), null, dir.resolve("case-14"), false, HOUR)));
        assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
    }

    @Test
    void manyInstantCasesOnTwoWorkers() throws Exception {
        Path model = model(dir);
        int cases = 200;
        ExecutorService workers = Executors.newFixedThreadPool(2);
        long begin = System.nanoTime();
        try {
            List<Future<CaseOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                Path caseDir = dir.resolve("bench/" + i);
                outcomes.add(workers.submit(() -> executor.start(new CaseSpec(FakeEngine.executable(), model,
                        null, caseDir, false, HOUR)).await()));
            }
            for (Future<CaseOutcome> f : outcomes) {
                assertEquals(CaseOutcome.Kind.SIMULATED, f.get(60, TimeUnit.SECONDS).kind());
            }
        } finally {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("%d instant cases on 2 workers: %.0f cases/s%n", cases, cases / seconds);
        assertTrue(cases / seconds > 20, "far too slow: " + cases / seconds + " cases/s");
    }

    private Process helper(String... command) throws IOException {
        return helper(null, command);
    }

    private Process helper(Path cwd, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(cwd == null ? null : cwd.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        helpers.add(p);
        return p;
    }
}
