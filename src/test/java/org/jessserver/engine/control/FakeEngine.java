package org.jessserver.engine.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** The stand-in EnergyPlus of src/test/resources/engine, copied where it is surely executable, and test waiting aids. */
public final class FakeEngine {

    private static Path executable;

    private FakeEngine() {
    }

    /** Maven's resource copy may drop the exec bit, so tests run their own copy. */
    public static synchronized Path executable() {
        if (executable == null) {
            try {
                Path dir = Files.createTempDirectory("jess-fake-engine");
                Path copy = dir.resolve("fake-energyplus");
                try (InputStream in = source()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!copy.toFile().setExecutable(true)) {
                    throw new IOException("cannot make " + copy + " executable");
                }
                copy.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                executable = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return executable;
    }

    private static InputStream source() throws IOException {
        Path inTree = Path.of("src/test/resources/engine/fake-energyplus");
        if (Files.isRegularFile(inTree)) {
            return Files.newInputStream(inTree);
        }
        InputStream in = FakeEngine.class.getResourceAsStream("/engine/fake-energyplus");
        if (in == null) {
            throw new IOException("engine/fake-energyplus is neither in the source tree nor on the class path");
        }
        return in;
    }

    /** Writes a model whose comment lines steer the fake engine, e.g. "fake: hang children=2". */
    public static Path model(Path dir, String... directives) throws IOException {
        StringBuilder text = new StringBuilder("Version,25.2;\n");
        for (String d : directives) {
            text.append("! fake: ").append(d).append('\n');
        }
        Path model = Files.createTempFile(dir, "model", ".idf");
        Files.writeString(model, text);
        return model;
    }

    public static void waitUntil(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(10);
        }
    }

    static Set<Long> descendants(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    /** A zombie (an orphan not yet reaped by init) counts as gone. */
    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessTree::alive).orElse(false);
    }
}
