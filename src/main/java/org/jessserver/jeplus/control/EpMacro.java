package org.jessserver.jeplus.control;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs EnergyPlus's macro processor in a case folder: it reads {@code in.imf} and writes {@code out.idf}; its
 * output is appended to the case's {@code console.log}, the log of every program the case runs.
 */
public final class EpMacro {

    public static final String EXECUTABLE = "EPMacro";
    public static final String LOG = "console.log";

    private final Path executable;
    private final Duration timeout;

    public EpMacro(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /**
     * The EP-Macro installed beside an EnergyPlus executable, looking also beside the file a link points to (a
     * {@code /usr/local/bin/energyplus} link to the install's own).
     */
    public static Optional<Path> besideEngine(Path energyplus) {
        Optional<Path> direct = sibling(energyplus);
        if (direct.isPresent()) {
            return direct;
        }
        try {
            return sibling(energyplus.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> sibling(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path macro = dir == null ? null : dir.resolve(EXECUTABLE);
        return macro != null && Files.isRegularFile(macro) && Files.isExecutable(macro) ? Optional.of(macro)
                : Optional.empty();
    }

    public Path executable() {
        return executable;
    }

    /**
     * Runs EP-Macro in {@code caseDir} and waits at most the timeout; whether it worked is told by the
     * {@code out.idf} it leaves, which the caller checks (jEPlus too ignores EP-Macro's exit code).
     */
    public void run(Path caseDir) throws IOException, CasePreparationException {
        ProcessBuilder builder = new ProcessBuilder(executable.toAbsolutePath().toString())
                .directory(caseDir.toFile())
                .redirectInput(Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(caseDir.resolve(LOG).toFile()));
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new CasePreparationException("EP-Macro did not finish within " + timeout);
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CasePreparationException("Interrupted while EP-Macro ran", e);
        }
    }
}
