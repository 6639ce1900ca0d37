package org.jessserver.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduler's task script as the Slurm executor writes it, run here by sh: each case leaves its outcome. */
class ScheduledCaseTest {

    @TempDir
    Path tmp;

    private CaseSpec spec(String name, Duration timeout, String... directives) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        Path model = FakeEngine.model(Files.createDirectories(tmp.resolve(name + "-in")), directives);
        return new CaseSpec(FakeEngine.executable(), model, null, dir, false, timeout);
    }

    /** Runs the cases one after another as one task does, and waits for the task to end. */
    private void runTask(List<CaseSpec> cases) throws Exception {
        StringBuilder script = new StringBuilder(ScheduledCase.SHELL_FUNCTION);
        for (CaseSpec c : cases) {
            script.append(ScheduledCase.line(c, ScheduledCase.prepare(c))).append('\n');
        }
        Path file = tmp.resolve("task.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("/bin/sh", file.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("task.out").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the task ended");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("task.out")));
    }

    @Test
    void aFailingCaseDoesNotStopTheNextAndEachLeavesItsOutcome() throws Exception {
        CaseSpec failing = spec("it's failing", Duration.ofMinutes(1), "exit=3", "burn=0.2");
        CaseSpec fine = spec("fine", Duration.ofMinutes(1));
        runTask(List.of(failing, fine));

        CaseOutcome first = ScheduledCase.outcome(failing.caseDir(), failing.timeout()).orElseThrow();
        assertEquals(CaseOutcome.Kind.FAILED, first.kind());
        assertEquals(3, first.exitCode());
        assertTrue(first.message().contains("exited with code 3"), first.message());
        assertTrue(first.cpuMillis() >= 100, "CPU time from the wrapper: " + first.cpuMillis());
        assertTrue(Files.isRegularFile(failing.caseDir().resolve("console.log")));

        CaseOutcome second = ScheduledCase.outcome(fine.caseDir(), fine.timeout()).orElseThrow();
        assertEquals(CaseOutcome.Kind.SIMULATED, second.kind(), second.message());
        assertEquals(0, second.exitCode());
    }

    @Test
    void aCaseOverItsTimeOutIsStoppedAndSaysSo() throws Exception {
        CaseSpec hanging = spec("hanging", Duration.ofMillis(1500), "hang");
        long start = System.nanoTime();
        runTask(List.of(hanging));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos());
        CaseOutcome o = ScheduledCase.outcome(hanging.caseDir(), hanging.timeout()).orElseThrow();
        assertEquals(CaseOutcome.Kind.TIMED_OUT, o.kind(), o.toString());
        assertEquals("Timed out after 1.5s", o.message());
    }

    @Test
    void noOutcomeBeforeTheTaskWroteOne() throws IOException {
        CaseSpec c = spec("pending", Duration.ofMinutes(1));
        assertTrue(ScheduledCase.outcome(ScheduledCase.prepare(c), c.timeout()).isEmpty());
    }

    @Test
    void quotedWordsReachTheEngineLiterally() {
        assertEquals("'a b'", ScheduledCase.quote("a b"));
        assertEquals("'it'\\''s $HOME `x`'", ScheduledCase.quote("it's $HOME `x`"));
    }
}
