package org.jessserver.engine.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs each case as a local operating-system process tree: the engine under a shell wrapper that records its CPU time. */
@ApplicationScoped
public class LocalProcessExecutor implements CaseExecutor {

    /**
     * The shell's "times" is the cheapest way to get the CPU of the engine and everything it ran (ExpandObjects,
     * ReadVars): it reports reaped children, which the JVM cannot see once they have exited. POSIX sh (dash on Debian)
     * rather than bash: it starts in a fraction of bash's time, which counts on thousands of short cases; its figures
     * come in clock ticks (10 ms), plenty for simulations that run for seconds or hours.
     */
    static final String WRAPPER = "\"$@\"; rc=$?; times > " + LocalProcessRun.CPU_FILE + "; exit $rc";

    private static final File NO_INPUT = new File("/dev/null");

    public LocalProcessExecutor() {
    }

    @Override
    public RunningCase start(CaseSpec spec) throws IOException {
        Path exe = spec.executable();
        if (exe == null || !Files.isRegularFile(exe) || !Files.isExecutable(exe)) {
            throw new IOException("EnergyPlus engine " + exe + " is missing or not executable");
        }
        CaseFolder folder = new CaseFolder(spec.caseDir());
        folder.prepare(spec.keep());
        Path dir = folder.path();

        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WRAPPER, "jess-case", exe.toAbsolutePath().toString()));
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
            folder.recordPid(process.pid());
        } catch (IOException e) {
            // without the pid file a restarted server could not find this run, so it must not go on unrecorded
            run.stop(Duration.ZERO);
            throw new IOException("Could not record the pid of the run in " + dir + ": " + e.getMessage(), e);
        }
        return run;
    }

    @Override
    public void stopLeftovers(Path caseDir) {
        if (Files.isDirectory(caseDir)) {
            new CaseFolder(caseDir).stopLeftovers();
        }
    }
}
