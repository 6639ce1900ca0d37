package org.jessserver.engine.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One case running as a local process tree, and how it ended. */
final class LocalProcessRun implements RunningCase {

    static final String CONSOLE_FILE = "console.log";
    static final String CPU_FILE = ".jess-cputime";
    static final String END_FILE = "eplusout.end";
    static final String SUCCESS = "EnergyPlus Completed Successfully";

    static final Duration TIMEOUT_GRACE = Duration.ofSeconds(2);

    /** "0m1.234s" (bash), "0m1.230000s" (dash); some locales write the decimal comma. */
    private static final Pattern TIMES_FIELD = Pattern.compile("(\\d+)m(\\d+)(?:[.,](\\d+))?s");

    /** A generous cap on eplusout.end's line, which ends up in a status message. */
    private static final int MESSAGE_LIMIT = 500;

    private final CaseSpec spec;
    private final Path dir;
    private final Process process;
    private final ProcessTree tree;

    private final Object stopping = new Object();
    private volatile boolean stopRequested;
    /** CPU sampled just before the tree is killed, for when the wrapper dies before writing its own figure. */
    private volatile long cpuAtStop;

    private CaseOutcome outcome;

    LocalProcessRun(CaseSpec spec, Path dir, Process process) {
        this.spec = spec;
        this.dir = dir;
        this.process = process;
        this.tree = new ProcessTree(process.toHandle());
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public synchronized CaseOutcome await() throws InterruptedException {
        if (outcome != null) {
            return outcome;
        }
        boolean timedOut = false;
        Duration timeout = spec.timeout();
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            process.waitFor();
        } else if (!process.waitFor(saturatedMillis(timeout), TimeUnit.MILLISECONDS)) {
            timedOut = !stopRequested;
            terminate(TIMEOUT_GRACE);
        }
        if (stopRequested || timedOut) {
            // the top may have died of stop()'s SIGTERM while stop() is still killing the rest of the tree
            synchronized (stopping) {
                // and the JVM reaps a killed child shortly after the kernel reports it gone
                process.waitFor(ProcessTree.KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        int exitCode = process.isAlive() ? -1 : process.exitValue();
        long cpu = cpuTime(dir).orElse(cpuAtStop);
        if (stopRequested) {
            outcome = new CaseOutcome(CaseOutcome.Kind.STOPPED, exitCode, cpu, "Stopped");
        } else if (timedOut) {
            outcome = new CaseOutcome(CaseOutcome.Kind.TIMED_OUT, exitCode, cpu, "Timed out after " + human(timeout));
        } else {
            outcome = finished(dir, exitCode, cpu);
        }
        return outcome;
    }

    @Override
    public void stop(Duration grace) {
        stopRequested = true;
        terminate(grace);
    }

    private void terminate(Duration grace) {
        synchronized (stopping) {
            if (process.isAlive()) {
                cpuAtStop = tree.cpuMillis();
            }
            tree.stop(grace);
        }
    }

    /** How a run that ended by itself went, from its exit code and its folder's eplusout.end. */
    static CaseOutcome finished(Path dir, int exitCode, long cpu) {
        Optional<String> end = endLine(dir);
        if (exitCode == 0 && end.filter(l -> l.contains(SUCCESS)).isPresent()) {
            return new CaseOutcome(CaseOutcome.Kind.SIMULATED, exitCode, cpu, end.get());
        }
        String message;
        if (end.isPresent() && !end.get().contains(SUCCESS)) {
            message = end.get().isEmpty() ? END_FILE + " is empty" : end.get();
        } else if (exitCode != 0) {
            message = "EnergyPlus exited with code " + exitCode
                    + (exitCode > 128 && exitCode < 160 ? " (signal " + (exitCode - 128) + ")" : "");
        } else {
            message = END_FILE + " is missing";
        }
        return new CaseOutcome(CaseOutcome.Kind.FAILED, exitCode, cpu, message);
    }

    private static Optional<String> endLine(Path dir) {
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(END_FILE), StandardCharsets.ISO_8859_1)) {
            String line = in.readLine();
            String text = line == null ? "" : line.strip();
            return Optional.of(text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) : text);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(END_FILE + " is unreadable: " + e.getMessage());
        }
    }

    /** The CPU time the wrapper recorded in the folder, if it got that far. */
    static Optional<Long> cpuTime(Path dir) {
        try {
            return childrenCpuMillis(Files.readAllLines(dir.resolve(CPU_FILE), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The output of the shell's "times": line 1 is the shell itself, line 2 its children as "user sys". */
    static Optional<Long> childrenCpuMillis(List<String> timesOutput) {
        if (timesOutput.size() < 2) {
            return Optional.empty();
        }
        Matcher m = TIMES_FIELD.matcher(timesOutput.get(1));
        long total = 0;
        int fields = 0;
        while (m.find()) {
            String fraction = m.group(3) == null ? "" : m.group(3);
            long millis = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
            total += Long.parseLong(m.group(1)) * 60_000 + Long.parseLong(m.group(2)) * 1000 + millis;
            fields++;
        }
        return fields == 2 ? Optional.of(total) : Optional.empty();
    }

    /** Like "2h0m0s", "1m30s", "1s", "1.5s", "250ms". */
    static String human(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        long ms = millis % 60_000;
        String seconds = ms % 1000 == 0 ? Long.toString(ms / 1000)
                : (ms / 1000 + "." + String.format("%03d", ms % 1000)).replaceAll("0+$", "");
        if (hours > 0) {
            return hours + "h" + minutes + "m" + seconds + "s";
        }
        return minutes > 0 ? minutes + "m" + seconds + "s" : seconds + "s";
    }

    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
