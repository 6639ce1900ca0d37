package org.jessserver.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The Slurm cluster the Slurm executor's tests run on (.ci/slurm/start.sh starts one on this machine). */
public final class SlurmCluster {

    private SlurmCluster() {
    }

    /** Skips the test when no Slurm controller answers, or fails it when JESS_REQUIRE_SLURM=1 says there must be one. */
    public static void assumeRunning() {
        String problem = problem();
        if (problem != null && "1".equals(System.getenv("JESS_REQUIRE_SLURM"))) {
            throw new IllegalStateException("JESS_REQUIRE_SLURM=1 but Slurm does not answer: " + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "no Slurm cluster answers (start one with "
                + "bash .ci/slurm/start.sh): " + problem);
    }

    private static String problem() {
        try {
            String out = run("scontrol", "ping");
            return out.contains("is UP") ? null : out.strip();
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** A Slurm tool's output; failing when it does. */
    public static String run(String... command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " is not installed: " + e.getMessage(), e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
