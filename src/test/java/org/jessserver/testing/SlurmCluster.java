package org.jessserver.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    /** slurmctld's pid file, as .ci/slurm/slurm.conf sets it. */
    private static final Path CONTROLLER_PID = Path.of("/tmp/jess-slurm/slurmctld.pid");

    /** Stops slurmctld (SIGTERM: it saves its state) and waits until it is gone. */
    public static void stopController() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(CONTROLLER_PID).strip());
        ProcessHandle controller = ProcessHandle.of(pid).orElseThrow(() -> new IOException("no slurmctld " + pid));
        controller.destroy();
        await(() -> !controller.isAlive(), "slurmctld " + pid + " stopped");
    }

    /** Starts slurmctld warm (no -c): it takes its jobs back from its saved state; waits until it answers. */
    public static void startController() throws IOException, InterruptedException {
        run("/usr/sbin/slurmctld");
        await(() -> problem() == null, "slurmctld answers");
    }

    /** Sets the node down, as an administrator would: Slurm ends the jobs running on it. */
    public static void nodeDown(String reason) throws IOException {
        run("scontrol", "update", "nodename=localhost", "state=down", "reason=" + reason);
    }

    /**
     * Leaves the cluster as the other tests need it, whatever a test did: slurmctld running (.ci/slurm/start.sh, a cold
     * start only if it is not running) and the node resumed and idle or busy.
     */
    public static void restore() throws IOException, InterruptedException {
        if (problem() != null) {
            Process p = new ProcessBuilder("bash", ".ci/slurm/start.sh").inheritIO().start();
            p.waitFor(60, TimeUnit.SECONDS);
        }
        if (run("sinfo", "-h", "-n", "localhost", "-o", "%T").matches("(?s)(down|drain).*")) {
            run("scontrol", "update", "nodename=localhost", "state=resume");
        }
        await(() -> {
            try {
                return run("sinfo", "-h", "-n", "localhost", "-o", "%T").matches("(?s)(idle|mixed|allocated).*");
            } catch (IOException e) {
                return false;
            }
        }, "the Slurm node up");
    }

    private static void await(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IOException(what + ": not within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
