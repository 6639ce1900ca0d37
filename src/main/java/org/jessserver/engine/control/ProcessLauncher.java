package org.jessserver.engine.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Starts a case run as a local operating-system process tree: the engine under a shell wrapper that records its CPU
 * time. The local executor's process layer: nothing outside it knows about process ids or trees.
 */
@ApplicationScoped
public class ProcessLauncher {

    /**
     * The shell's "times" is the cheapest way to get the CPU of the engine and everything it ran (ExpandObjects,
     * ReadVars): it reports reaped children, which the JVM cannot see once they have exited. POSIX sh (dash on Debian)
     * rather than bash: it starts in a fraction of bash's time, which counts on thousands of short cases; its figures
     * come in clock ticks (10 ms), plenty for simulations that run for seconds or hours.
     */
    static final String PLAIN_WRAPPER = "\"$@\"; rc=$?; times > " + LocalProcessRun.CPU_FILE + "; exit $rc";

    /** util-linux's setsid; it keeps the pid (a background child of the wrapper is no group leader, so it need not fork). */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid").map(Path::of)
            .filter(Files::isExecutable).findFirst();

    /**
     * {@link #PLAIN_WRAPPER} with the engine in a process group of its own (setsid), which holds every process of the
     * simulation however re-parented, and a watcher, so that a server that dies, even by SIGKILL, leaves no simulation
     * behind without depending on the dead JVM. The watcher, a forked subshell (no exec), checks once a second that the
     * server (the wrapper's parent, known by pid and start time) is alive; once it is not, it sends the engine's group
     * SIGTERM and, a second later, SIGKILL. It outlives a stop by the server (SIGTERM to every process of the tree),
     * watching more closely until the group is empty, since the server may die before its SIGKILL. When the engine
     * exits, whatever it left running in its group is killed at once and the watcher is ended (USR1) with its sleep.
     * Empty where there is no setsid: then the plain wrapper runs.
     */
    static final String WRAPPER = SETSID.map(setsid -> "'" + setsid + "' \"$@\" & e=$!;"
            + " { trap 'kill $t; exit' USR1; trap 's=1' TERM; s=; d=1; p=$PPID;"
            + " read -r x < /proc/$p/stat; x=${x##*) }; set -- $x; b=${20};"
            + " while :; do sleep $d & t=$!; wait $t;"
            + " read -r x < /proc/$p/stat || break; x=${x##*) }; set -- $x;"
            + " [ \"$1\" != Z ] && [ \"${20}\" = \"$b\" ] || break;"
            + " if [ -n \"$s\" ]; then d=0.1; kill -0 -$e || exit; fi; done;"
            + " kill -TERM -$e; sleep 1; kill -KILL -$e; } </dev/null >/dev/null 2>&1 & w=$!;"
            + " wait $e; rc=$?; kill -KILL -$e 2>/dev/null; kill -USR1 $w; times > " + LocalProcessRun.CPU_FILE
            + "; exit $rc").orElse("");

    private static final Logger LOG = Logger.getLogger(ProcessLauncher.class.getName());

    private static final File NO_INPUT = new File("/dev/null");

    /** How long a run waits for another live server's run of the same case on this host to end before it gives up. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(10);

    private final Duration busyWait;

    public ProcessLauncher() {
        this(BUSY_WAIT);
    }

    ProcessLauncher(Duration busyWait) {
        this.busyWait = busyWait;
    }

    /**
     * Starts the run in the background; the case folder is created (and emptied of an earlier attempt) and the case's
     * inputs are written into it first.
     */
    public RunningCase start(CaseSpec spec) throws IOException {
        Path exe = spec.executable();
        CaseFolder folder = new CaseFolder(spec.caseDir(), busyWait);
        Path dir = ready(spec, folder);

        List<String> command = command(spec, dir);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve(LocalProcessRun.CONSOLE_FILE).toFile())
                    .start();
        } catch (IOException e) {
            throw new IOException("Could not start EnergyPlus engine " + exe + " in " + dir + ": " + e.getMessage(), e);
        }
        LocalProcessRun run = new LocalProcessRun(spec, dir, process);
        try {
            folder.record(RunMarker.ofNewRun(process.pid()));
        } catch (IOException e) {
            // without the pid file a restarted server could not find this run, so it must not go on unrecorded
            run.stop(Duration.ZERO);
            throw new IOException("Could not record the pid of the run in " + dir + ": " + e.getMessage(), e);
        }
        return run;
    }

    /** Checks the engine, makes the case folder ready (see {@link #start}) and writes the case's inputs into it. */
    static Path ready(CaseSpec spec, CaseFolder folder) throws IOException {
        Path exe = spec.executable();
        if (exe == null || !Files.isRegularFile(exe) || !Files.isExecutable(exe)) {
            throw new IOException("EnergyPlus engine " + exe + " is missing or not executable");
        }
        folder.prepare(spec.keep());
        Path dir = folder.path();
        spec.inputs().write(dir);
        return dir;
    }

    /** The wrapper's command line, with the engine's arguments after it. */
    static List<String> command(CaseSpec spec, Path dir) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WRAPPER.isEmpty() ? PLAIN_WRAPPER : WRAPPER,
                "jess-case"));
        command.addAll(engineCommand(spec, dir));
        return command;
    }

    /** The engine's command line for the case: executable, weather, output folder, ExpandObjects, model. */
    static List<String> engineCommand(CaseSpec spec, Path dir) {
        List<String> command = new ArrayList<>(List.of(spec.executable().toAbsolutePath().toString()));
        if (spec.weather() != null) {
            command.add("-w");
            command.add(spec.weather().toAbsolutePath().toString());
        }
        command.add("-d");
        command.add(dir.toString());
        if (spec.expandObjects()) {
            command.add("-x");
        }
        command.add(spec.model().toAbsolutePath().toString());
        return command;
    }

    /** Stops what a lost run (its server was killed) may still run in the case folder; its files stay. */
    public void stopLeftovers(Path caseDir) {
        if (Files.isDirectory(caseDir)) {
            new CaseFolder(caseDir).stopLeftovers().ifPresent(busy -> LOG.info(() -> busy + "; left alone"));
        }
    }
}
