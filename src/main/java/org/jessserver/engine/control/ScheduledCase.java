package org.jessserver.engine.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case run by a scheduler's task on a node that shares the data folder: its folder is made ready here, the task
 * runs it with {@link #SHELL_FUNCTION} (the local executor's wrapper, under the case's time-out) and leaves its
 * outcome in the folder, and the outcome is read back from there. Only the files cross: nothing here knows the node's
 * processes.
 */
public final class ScheduledCase {

    /** Written by the task when the case's run is over, in full or not at all: its exit code and wall time. */
    public static final String OUTCOME_FILE = ".jess-outcome";

    /** What timeout(1) returns for a command it stopped (124), or killed after its grace (128 + 9). */
    private static final List<Integer> TIMEOUT_CODES = List.of(124, 137);

    /**
     * A POSIX sh function for the task's script: {@code jess_case <folder> <time-out in seconds, 0 for none> <engine
     * command line>} runs one case in its folder as the local executor does, with console.log, its CPU time, and the
     * time-out enforced by timeout(1) (SIGTERM to the case's process group, SIGKILL 2 s later); then writes
     * {@link #OUTCOME_FILE}. It returns normally whatever the case did, so that a failing case does not stop the next.
     * Wall time from /proc/uptime, read by the shell itself: no process per case for it. The wrapper is the plain one:
     * Slurm holds every process of the task and ends them with it, while the local wrapper's watcher, there for a
     * server that dies, would take the engine out of the task's process tree (setsid) and make each stop wait a second.
     */
    public static final String SHELL_FUNCTION = "jess_case() {\n"
            + "  d=$1; t=$2; shift 2\n"
            + "  read s _ </proc/uptime\n"
            + "  if [ \"$t\" = 0 ]; then set -- /bin/sh -c " + quote(ProcessLauncher.PLAIN_WRAPPER) + " jess-case \"$@\";\n"
            + "  else set -- timeout -k 2 \"$t\" /bin/sh -c " + quote(ProcessLauncher.PLAIN_WRAPPER) + " jess-case \"$@\"; fi\n"
            + "  (cd \"$d\" && exec \"$@\") </dev/null >\"$d/" + LocalProcessRun.CONSOLE_FILE + "\" 2>&1\n"
            + "  rc=$?\n"
            + "  read e _ </proc/uptime\n"
            + "  printf 'exit=%s\\nstarted=%s\\nended=%s\\n' \"$rc\" \"$s\" \"$e\" >\"$d/" + OUTCOME_FILE + ".part\""
            + " && mv -f \"$d/" + OUTCOME_FILE + ".part\" \"$d/" + OUTCOME_FILE + "\"\n"
            + "}\n";

    private ScheduledCase() {
    }

    /** Checks the engine, makes the case folder ready and writes its inputs, as the local executor does before a run. */
    public static Path prepare(CaseSpec spec) throws IOException {
        return ProcessLauncher.ready(spec, new CaseFolder(spec.caseDir()));
    }

    /** The line of the task's script that runs the case, every argument quoted for sh. */
    public static String line(CaseSpec spec, Path dir) {
        Duration t = spec.timeout();
        String seconds = t == null || t.isZero() || t.isNegative() ? "0"
                : t.toMillis() % 1000 == 0 ? Long.toString(t.toSeconds()) : String.format(java.util.Locale.ROOT, "%.3f", t.toMillis() / 1000.0);
        List<String> words = new ArrayList<>(List.of("jess_case", quote(dir.toString()), seconds));
        ProcessLauncher.engineCommand(spec, dir).forEach(w -> words.add(quote(w)));
        return String.join(" ", words);
    }

    /** The case's outcome, once its task has left one in its folder. */
    public static Optional<CaseOutcome> outcome(Path dir, Duration timeout) {
        Path file = dir.resolve(OUTCOME_FILE);
        if (!Files.isRegularFile(file)) {
            // the usual answer while the case waits or runs, asked twice a second: no exception built for it
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                int eq = l.indexOf('=');
                if (eq > 0) {
                    fields.put(l.substring(0, eq), l.substring(eq + 1).trim());
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new CaseOutcome(CaseOutcome.Kind.FAILED, -1, 0, OUTCOME_FILE + " is unreadable: " + e));
        }
        int exit;
        try {
            exit = Integer.parseInt(fields.getOrDefault("exit", ""));
        } catch (NumberFormatException e) {
            return Optional.of(new CaseOutcome(CaseOutcome.Kind.FAILED, -1, 0, OUTCOME_FILE + " has no exit code"));
        }
        long cpu = LocalProcessRun.cpuTime(dir).orElse(0L);
        if (TIMEOUT_CODES.contains(exit) && timeout != null && !timeout.isZero() && ranFor(fields) >= timeout.toMillis()) {
            return Optional.of(new CaseOutcome(CaseOutcome.Kind.TIMED_OUT, exit, cpu,
                    "Timed out after " + LocalProcessRun.human(timeout)));
        }
        return Optional.of(LocalProcessRun.finished(dir, exit, cpu));
    }

    /** The run's wall time in milliseconds, from the uptime readings around it; 0 when they are missing. */
    private static long ranFor(Map<String, String> fields) {
        try {
            double ran = Double.parseDouble(fields.get("ended")) - Double.parseDouble(fields.get("started"));
            // uptime has 10 ms steps: a run stopped at its time-out may read a step short
            return Math.round(ran * 1000) + 10;
        } catch (NullPointerException | NumberFormatException e) {
            return 0;
        }
    }

    /** One word for sh, taken literally: single quotes, with each ' written as '\''. */
    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
