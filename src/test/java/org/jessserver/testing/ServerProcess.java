package org.jessserver.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The real uberjar (target/jess-server.jar) as its own process, for tests that need restarts, crashes or settings. */
public final class ServerProcess implements AutoCloseable {

    /** Inherited by the server's simulations, so that crash() can find them. */
    private static final String MARKER = "JESS_TEST_SERVER_PORT";

    private final Path dataDir;
    private final Map<String, String> env;
    private final Path log;
    private final int port;
    private Process process;

    public ServerProcess(Path dataDir, Map<String, String> env) throws IOException {
        this.dataDir = dataDir;
        this.env = new HashMap<>(env);
        this.port = freePort();
        Files.createDirectories(dataDir);
        this.log = dataDir.resolve("server-" + port + ".log");
    }

    /** Starts the server and waits until it answers, at most four minutes. */
    public ServerProcess start() throws IOException, InterruptedException {
        launch();
        // two servers deploying at once on a loaded 2-core machine took over 2 minutes (81 s for one deploy)
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + log);
            }
            if (answers()) {
                return this;
            }
            Thread.sleep(100);
        }
        // the caller gets no handle to a server that failed to start, so it must not outlive this call
        kill();
        throw new IllegalStateException("server did not answer within 2 minutes; see " + log);
    }

    /** Starts the server without waiting for it to answer: for servers that are meant to refuse to start. */
    public ServerProcess launch() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("jess.uberJar", "target/jess-server.jar"), "--port", String.valueOf(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JESS_DATA_DIR", dataDir.toString());
        pb.environment().remove("JESS_ADMIN_EMAIL");
        pb.environment().remove("JESS_ADMIN_PASSWORD");
        // not the Arquillian server's database: the one that belongs to this data folder
        List.of("JESS_DB_CLASS", "JESS_DB_URL", "JESS_DB_USER", "JESS_DB_PASSWORD").forEach(pb.environment()::remove);
        pb.environment().putAll(TestDatabase.serverEnv(dataDir));
        pb.environment().putAll(env);
        pb.environment().put(MARKER, String.valueOf(port));
        process = pb.start();
        return this;
    }

    /** The exit status once the server has ended, if it ends within the time given. */
    public java.util.OptionalInt awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    public int port() {
        return port;
    }

    public Api api() {
        return Api.at(port);
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** kill -9: no shutdown hook, no clean-up. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /**
     * The instance is lost with everything in it, as when its machine or container dies: kill -9 of
     * the server, then of every process it started. Those are found by a marker in their inherited
     * environment, which also catches a wrapper's child started after the server died.
     */
    public void crash() throws InterruptedException, IOException {
        kill();
        String marker = MARKER + "=" + port;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (p.getFileName().toString().chars().allMatch(Character::isDigit) && hasMarker(p, marker)) {
                    ProcessHandle.of(Long.parseLong(p.getFileName().toString())).ifPresent(ProcessHandle::destroyForcibly);
                }
            }
        }
    }

    private static boolean hasMarker(Path proc, String marker) {
        try {
            return ("\0" + new String(Files.readAllBytes(proc.resolve("environ")), java.nio.charset.StandardCharsets.UTF_8) + "\0")
                    .contains("\0" + marker + "\0");
        } catch (IOException | SecurityException e) {
            return false; // gone meanwhile, or not ours
        }
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/users/api/info")
                    .toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
