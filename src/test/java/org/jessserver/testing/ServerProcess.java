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

    /** Starts the server and waits until it answers, at most two minutes. */
    public ServerProcess start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("jess.uberJar", "target/jess-server.jar"), "--port", String.valueOf(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JESS_DATA_DIR", dataDir.toString());
        pb.environment().remove("JESS_ADMIN_EMAIL");
        pb.environment().remove("JESS_ADMIN_PASSWORD");
        pb.environment().putAll(env);
        process = pb.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
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
