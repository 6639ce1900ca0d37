package org.jessserver.platform.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.SmallDisk;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a small tmpfs, the database outside it: a full disk refuses the request at hand with ok:false
 * naming the disk, leaves no half-written upload, job or table behind, and the server goes on once space is freed.
 * Mounting needs root; CI sets JESS_REQUIRE_TMPFS=1, so there the test cannot be skipped.
 */
@OnePass
class DiskFullIT {

    private static final String EMAIL = "admin@diskfull.example";
    private static final String PASSWORD = "diskfull-pass-1";
    private static final String DISK = "Not enough disk space on the server to ";
    private static final byte[] WEATHER = "LOCATION,Nowhere,,,,,0,0,0,0\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MIB = 1 << 20;

    @TempDir
    Path root;

    @RegisterExtension
    final SmallDisk disk = SmallDisk.tmpfs(8);

    @Test
    void aFullDiskRefusesTheRequestAtHandLeavesNothingHalfWrittenAndTheServerGoesOnOnceSpaceIsFreed() throws Exception {
        Path data = disk.folder();
        Path serverDir = root.resolve("server");
        long filling;
        try (ServerProcess server = new ServerProcess(serverDir, Map.of(
                "JESS_DATA_DIR", data.toString(),
                // the database is not on the full disk: what is refused is the request, not the bookkeeping
                "JESS_DB_URL", h2Url(serverDir),
                "JESS_DISK_RESERVE_BYTES", "0",
                "JESS_ADMIN_EMAIL", EMAIL, "JESS_ADMIN_PASSWORD", PASSWORD,
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"))).start()) {
            JobClient client = new JobClient(server.api(), server.api().token(EMAIL, PASSWORD));

            JsonPath big = client.submit(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", WEATHER).multiPart("file", "big.bin", new byte[12 * MIB]));
            assertRefused(big, "store the upload");
            assertEquals(0L, big.getLong("data"), "a refused submission's data");

            JsonPath zip = client.submit(given().multiPart("file", "inputs.zip", JobClient.zip(Map.of(
                    "m.idf", JobClient.fakeModel(), "in.epw", WEATHER, "big.bin", new byte[12 * MIB]))));
            assertRefused(zip, "store the upload");

            JsonPath area = areaUpload(client, "big", "big.bin", new byte[12 * MIB]);
            assertRefused(area, "store the upload");
            assertEquals(List.of(), filesUnder(data), "nothing is left of the refused uploads");
            assertEquals(0, client.request().get(client.url("/jess_web/api/jobs")).then().statusCode(200)
                    .extract().jsonPath().getList("data").size(), "a refused submission leaves no job");

            // Create's copy of area files: the first copy fits, the second does not
            JsonPath stored = areaUpload(client, "inputs", "m.idf", JobClient.fakeModel(), "in.epw", WEATHER,
                    "pad.bin", new byte[3 * MIB]);
            assertTrue(stored.getBoolean("ok"), stored.prettify());
            long first = create(client).getLong("data");
            assertEquals("FINISHED", client.awaitTerminal(first, Duration.ofSeconds(60)).getString("data.status"));
            assertRefused(create(client), "copy the files into the new job");
            assertEquals(List.of(Long.toString(first)), names(data.resolve("jobs")), "job folders after the refused copy");
            assertEquals(List.of(), filesUnder(data.resolve("staging")), "staged copies after the refused copy");
            assertEquals(1, client.request().get(client.url("/jess_web/api/jobs")).then().statusCode(200)
                    .extract().jsonPath().getList("data").size(), "jobs after the refused copy");

            // a run that fills the disk: the case fails, the job ends naming the disk, no table is left half-written
            filling = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel("write=" + 16 * MIB))
                    .multiPart("file", "in.epw", WEATHER));
            JsonPath ended = client.awaitTerminal(filling, Duration.ofSeconds(60));
            assertEquals("FINISHED", ended.getString("data.status"));
            String info = ended.getString("data.status_Info");
            assertTrue(info.contains(DISK + "write the results table job_summary.csv"), info);
            Path folder = data.resolve("jobs").resolve(Long.toString(filling));
            assertFalse(names(folder).stream().anyMatch(n -> n.contains("job_summary")), "table files: " + names(folder));
            // reading results needs no space
            Response download = client.request().get(client.url("/jess_web/api/job/file/" + filling));
            assertEquals(200, download.statusCode());
            assertTrue(zipEntries(download.asByteArray()).contains("eplusout.eso"), "the zip of the full job");

            // space is freed: the area's folder by its user, the runaway output by the operator
            JsonPath deleted = client.request().delete(client.url("/users/api/files/inputs")).then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(deleted.getBoolean("ok"), deleted.prettify());
            Files.delete(folder.resolve("eplusout.eso"));
            long after = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", WEATHER));
            JsonPath done = client.awaitTerminal(after, Duration.ofSeconds(60));
            assertEquals("FINISHED", done.getString("data.status"));
            assertEquals("Job finished. Results collected into tables.", done.getString("data.status_Info"));
            assertEquals(200, client.request().get(client.url("/jess_web/api/job/file/" + after + "/job_summary.csv"))
                    .statusCode());
            assertFalse(server.log().contains("incident"), "no request failed unexpectedly");
        }
        String message = caseMessage(serverDir, filling);
        // the engine may fill the disk before its run is even recorded: then the run could not start, and the
        // message says so ("Not enough disk space on the server to run the case"), else the run failed ("only 0 B
        // free on the data folder's disk"); either way it names the disk
        assertTrue(message.contains("free on the data folder's disk")
                || message.startsWith("Not enough disk space on the server to run the case"),
                "the failed case's message: " + message);
    }

    @Test
    void theReserveRefusesUploadsThatWouldEatIntoItAndHoldsNewCasesUntilSpaceIsFreed() throws Exception {
        Path data = disk.folder();
        Path serverDir = root.resolve("server");
        Path runs = root.resolve("runs.txt");
        try (ServerProcess server = new ServerProcess(serverDir, Map.of(
                "JESS_DATA_DIR", data.toString(), "JESS_DB_URL", h2Url(serverDir),
                // a unit, where the other test writes a plain count: both forms reach the server
                "JESS_DISK_RESERVE_BYTES", "4 MiB", "JESS_WORKERS", "1",
                "JESS_ADMIN_EMAIL", EMAIL, "JESS_ADMIN_PASSWORD", PASSWORD,
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"))).start()) {
            JobClient client = new JobClient(server.api(), server.api().token(EMAIL, PASSWORD));

            JsonPath big = client.submit(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", WEATHER).multiPart("file", "big.bin", new byte[5 * MIB]));
            assertRefused(big, "store the upload");
            assertTrue(big.getString("status").contains("kept in reserve"), big.getString("status"));
            assertFalse(server.log().contains("No space left on device"), "the refusal came before the disk filled up");
            assertEquals(List.of(), filesUnder(data), "nothing is left of the refused upload");

            // two cases, one worker: the disk drops below the reserve while the first runs
            long id = client.submitOk(given()
                    .multiPart("file", "m1.idf", JobClient.fakeModel("sleep=4", "runs=" + runs))
                    .multiPart("file", "m2.idf", JobClient.fakeModel("sleep=0.1", "runs=" + runs))
                    .multiPart("file", "in.epw", WEATHER));
            await("the first case starts", () -> starts(runs) == 1);
            Path ballast = data.resolve("ballast.bin");
            Files.write(ballast, new byte[5 * MIB]);
            JsonPath refused = client.submit(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", WEATHER));
            assertRefused(refused, "store the upload");
            await("the first case ends", () -> Files.readString(runs).contains("end "));
            long held = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < held) {
                assertEquals(1, starts(runs), "cases started below the reserve");
                assertEquals("QUEUED", client.status(id).getString("data.status"));
                Thread.sleep(200);
            }
            assertTrue(server.log().contains("below its reserve"), "the operator is told why cases wait");

            Files.delete(ballast);
            assertEquals("FINISHED", client.awaitTerminal(id, Duration.ofSeconds(60)).getString("data.status"));
            assertEquals(2, starts(runs), "both cases ran");
        }
    }

    private static long starts(Path runs) throws IOException {
        return Files.exists(runs) ? Files.readAllLines(runs).stream().filter(l -> l.startsWith("start ")).count() : 0;
    }

    /** Polls the condition for at most a minute. */
    private static void await(String what, Check condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                fail("not within a minute: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** A condition that may read files. */
    private interface Check {
        boolean holds() throws IOException;
    }

    private static JsonPath create(JobClient client) {
        return client.request().contentType(ContentType.JSON).body("{\"cmd\":\"Create\",\"uploadRef\":\"inputs\"}")
                .post(client.url("/jess_web/api/job")).then().statusCode(200).extract().jsonPath();
    }

    /** Uploads name/content pairs to a folder of the caller's upload area. */
    private static JsonPath areaUpload(JobClient client, String folder, Object... files) {
        RequestSpecification request = client.request();
        for (int i = 0; i < files.length; i += 2) {
            request = request.multiPart("file", (String) files[i], (byte[]) files[i + 1]);
        }
        return request.post(client.url("/users/api/files/" + folder)).then().statusCode(200).extract().jsonPath();
    }

    private static void assertRefused(JsonPath reply, String what) {
        assertFalse(reply.getBoolean("ok"), reply.prettify());
        String status = reply.getString("status");
        assertTrue(status.startsWith(DISK + what + " ("), status);
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> zipEntries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static String h2Url(Path serverDir) {
        return "jdbc:h2:file:" + serverDir.toAbsolutePath().resolve("db/jess") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    }

    /** Read once the server has stopped: the embedded database then is ours to open. */
    private static String caseMessage(Path serverDir, long jobId) throws Exception {
        try (Connection c = new TestDatabase.Jdbc(h2Url(serverDir), "jess", "jess").connect();
                PreparedStatement s = c.prepareStatement("select message from sim_case where job_id = ?")) {
            s.setLong(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "job " + jobId + " has a case");
                return rs.getString(1);
            }
        }
    }
}
