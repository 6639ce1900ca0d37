package org.jessserver.files.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jessserver.testing.Await;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads over JESS_UPLOAD_MAX_BYTES are refused while they arrive, with no more than the limit and a small margin
 * written anywhere; the half-received upload of a server killed mid-upload is removed by the next start on the same
 * data folder, while the upload in flight of another live server there is kept.
 */
@OnePass
class BoundedUploadIT {

    private static final long LIMIT = 2_000_000;
    /** What a body may bring besides the files: the multipart framing and the form fields (UploadBodyLimit). */
    private static final long MARGIN = 1_048_576;
    private static final String EMAIL = "admin@uploads.example";
    private static final String PASSWORD = "uploads-pass-1";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anOverLimitUploadIsRefusedWhileItArrivesAndLeavesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path javaTmp = dir.resolve("java-tmp");
        try (ServerProcess server = new ServerProcess(data, env(javaTmp)).start()) {
            String token = server.api().token(EMAIL, PASSWORD);
            for (String path : List.of("/users/api/files/big", "/jess_web/api/job")) {
                for (boolean chunked : List.of(false, true)) {
                    String what = path + (chunked ? ", chunked" : ", with Content-Length");
                    long before = written(data, javaTmp);
                    AtomicLong peak = new AtomicLong();
                    // the disk is looked at after every 256 KiB the client sends: the server spools behind it
                    Body body = new Body(3 * LIMIT, () -> peak.accumulateAndGet(written(data, javaTmp) - before, Math::max),
                            null);
                    HttpResponse<String> r = http.send(post(server, path, token, body, chunked),
                            HttpResponse.BodyHandlers.ofString());
                    peak.accumulateAndGet(written(data, javaTmp) - before, Math::max);

                    assertEquals(200, r.statusCode(), what + ": " + r.body());
                    JsonPath reply = JsonPath.from(r.body());
                    assertFalse(reply.getBoolean("ok"), what + ": " + r.body());
                    assertEquals("Upload exceeds the limit of " + LIMIT + " bytes", reply.getString("status"), what);
                    if (path.contains("job")) {
                        assertEquals(0, reply.getLong("data"), what + ": the refused submission's data");
                    }
                    assertTrue(peak.get() <= LIMIT + MARGIN, what + ": " + peak.get() + " bytes written for a "
                            + LIMIT + "-byte limit");
                    if (!chunked) {
                        assertTrue(peak.get() < 65_536, what + ": refused before reading, yet " + peak.get()
                                + " bytes were written");
                    }
                    Await.until(what + ": nothing of the refused upload is left", Duration.ofSeconds(10),
                            () -> written(data, javaTmp) <= before);
                }
            }
            assertEquals(List.of(), files(data.resolve("tmp")), "upload spool after the refusals");
            assertFalse(Files.exists(data.resolve("files")) && !files(data.resolve("files")).isEmpty(),
                    "nothing stored in the upload area");
        }
    }

    @Test
    void aKilledServersHalfUploadIsRemovedAtTheNextStartButALiveServersIsKept() throws Exception {
        Path data = dir.resolve("data");
        Path spool = data.resolve("tmp");
        ServerProcess killed = new ServerProcess(data, env(dir.resolve("tmp-killed"))).start();
        ServerProcess live = null;
        CountDownLatch release = new CountDownLatch(1);
        try {
            Path killedSpool = only(folders(spool));
            // the other server on this folder has a database of its own: an H2 file is held by one process
            Map<String, String> liveEnv = new java.util.HashMap<>(env(dir.resolve("tmp-live")));
            liveEnv.put("JESS_DB_URL", "jdbc:h2:file:" + dir.resolve("live-db/jess") + ";LOCK_TIMEOUT=10000");
            live = new ServerProcess(data, liveEnv).start();
            Path liveSpool = only(folders(spool).stream().filter(f -> !f.equals(killedSpool)).toList());

            // both servers receive an upload within the limit that stops half-way, its first megabyte spooled
            startUpload(killed, new Body(LIMIT - 1000, () -> { }, release));
            CompletableFuture<HttpResponse<String>> inFlight = startUpload(live, new Body(LIMIT - 1000, () -> { }, release));
            Await.until("both uploads are spooled under the data folder", Duration.ofSeconds(30),
                    () -> spooled(killedSpool) > 500_000 && spooled(liveSpool) > 500_000);
            assertEquals(List.of(), files(dir.resolve("tmp-killed")).stream()
                    .filter(f -> f.getFileName().toString().startsWith("MIME")).toList(), "spooled in java.io.tmpdir");

            killed.kill();
            assertTrue(spooled(killedSpool) > 500_000, "a kill -9 leaves the half upload behind");
            try (ServerProcess next = new ServerProcess(data, env(dir.resolve("tmp-next"))).start()) {
                assertFalse(Files.exists(killedSpool), "the killed server's upload is left: " + files(killedSpool));
                assertTrue(spooled(liveSpool) > 500_000, "the live server's upload in flight was removed");
                assertTrue(Files.isDirectory(only(folders(spool).stream().filter(f -> !f.equals(liveSpool)).toList())),
                        "the new server's own folder");

                release.countDown();
                HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
                assertTrue(JsonPath.from(r.body()).getBoolean("ok"), "the live server's upload: " + r.body());
                Await.until("the finished upload's spool is removed", Duration.ofSeconds(10), () -> spooled(liveSpool) == 0);
            }
        } finally {
            release.countDown();
            killed.kill();
            if (live != null) {
                live.stop();
            }
        }
        assertEquals(List.of(), files(spool), "every server stopped, nothing spooled is left");
    }

    private CompletableFuture<HttpResponse<String>> startUpload(ServerProcess server, Body body) {
        String token = server.api().token(EMAIL, PASSWORD);
        return http.sendAsync(post(server, "/users/api/files/half", token, body, true), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(ServerProcess server, String path, String token, Body body, boolean chunked) {
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        return HttpRequest.newBuilder(URI.create(server.api().url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + Body.BOUNDARY)
                .header("Cookie", "session_token=" + token)
                .timeout(Duration.ofMinutes(2))
                .POST(chunked ? stream : HttpRequest.BodyPublishers.fromPublisher(stream, body.length()))
                .build();
    }

    private static Map<String, String> env(Path javaTmp) throws IOException {
        Files.createDirectories(javaTmp);
        return Map.of("JESS_ADMIN_EMAIL", EMAIL, "JESS_ADMIN_PASSWORD", PASSWORD,
                "JESS_UPLOAD_MAX_BYTES", Long.toString(LIMIT),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + javaTmp);
    }

    /** The bytes in files of the data folder (not the database nor the server's log) and of java.io.tmpdir. */
    private static long written(Path data, Path javaTmp) {
        return Stream.of(data, javaTmp).flatMap(d -> files(d).stream())
                .filter(f -> !f.startsWith(data.resolve("db")) && !f.toString().endsWith(".log"))
                .mapToLong(BoundedUploadIT::size).sum();
    }

    private static long spooled(Path folder) {
        return files(folder).stream().mapToLong(BoundedUploadIT::size).sum();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            // a file went away while we looked: look again
            return files(folder);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // removed meanwhile
        }
    }

    private static List<Path> folders(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(Files::isDirectory).toList();
        }
    }

    private static Path only(List<Path> paths) {
        assertEquals(1, paths.size(), "folders: " + paths);
        return paths.get(0);
    }

    /**
     * A multipart body of one file part of the given size, made while it is sent: after every 256 KiB it calls
     * back, and with a latch it slows down half-way to a byte every half second until the latch is released.
     */
    private static final class Body extends InputStream {

        static final String BOUNDARY = "bounded-upload-it";
        private static final int STEP = 262_144;

        private final byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"big.epw\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        private final byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        private final long fileBytes;
        private final Runnable everyStep;
        private final CountDownLatch pauseHalfWay;
        private long pos;

        Body(long fileBytes, Runnable everyStep, CountDownLatch pauseHalfWay) {
            this.fileBytes = fileBytes;
            this.everyStep = everyStep;
            this.pauseHalfWay = pauseHalfWay;
        }

        long length() {
            return head.length + fileBytes + tail.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (pos >= length()) {
                return -1;
            }
            long half = head.length + fileBytes / 2;
            // never across a step or the half-way point, so that each is seen
            long next = Math.min(length(), (pos / STEP + 1) * STEP);
            if (pauseHalfWay != null && pos < half) {
                next = Math.min(next, half);
            } else if (pauseHalfWay != null && paused()) {
                // a byte now and then: the container drops a connection that sends nothing for half a minute
                next = pos + 1;
            }
            int n = (int) Math.min(len, next - pos);
            for (int i = 0; i < n; i++) {
                buf[off + i] = at(pos + i);
            }
            pos += n;
            if (pos % STEP == 0) {
                everyStep.run();
            }
            return n;
        }

        private boolean paused() {
            try {
                return !pauseHalfWay.await(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private byte at(long p) {
            if (p < head.length) {
                return head[(int) p];
            }
            long q = p - head.length - fileBytes;
            return q >= 0 ? tail[(int) q] : (byte) ('a' + p % 26);
        }
    }
}
