package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the server while cases run: after a restart every case runs again or fails, and no job is lost. */
class CrashRecoveryIT {

    @TempDir
    Path data;

    @Test
    void casesRunningAtACrashAreRunAgainAfterTheRestart() throws Exception {
        Path starts = data.resolve("starts.txt");
        Map<String, String> env = new HashMap<>(Map.of(
                "JESS_ADMIN_EMAIL", "admin@crash.example", "JESS_ADMIN_PASSWORD", "crash-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"),
                "JESS_WORKERS", "2", "JESS_LEASE", "10s",
                // not the 20 s of the Arquillian runs, which this process would inherit: runs here take 10 s
                "JESS_CASE_TIMEOUT", "2m"));
        long id;
        long other;
        long solo;
        ServerProcess first = new ServerProcess(data.resolve("server"), env).start();
        try {
            JobClient client = new JobClient(first.api(), first.api().token("admin@crash.example", "crash-pass-1"));
            // a job of one case runs in its flat folder, beside its uploaded files
            solo = client.submitOk(given().multiPart("file", "solo.idf", JobClient.fakeModel("sleep=10", "starts=" + starts))
                    .multiPart("file", "in.epw", JobClient.weather()));
            var parts = given();
            for (int i = 1; i <= 4; i++) {
                parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel("sleep=10", "starts=" + starts));
            }
            id = client.submitOk(parts.multiPart("file", "in.epw", JobClient.weather()));
            other = client.submitOk(given().multiPart("file", "x.idf", JobClient.fakeModel("sleep=1"))
                    .multiPart("file", "in.epw", JobClient.weather()));
            // the engine's own record, not a status poll that a loaded server may answer late: the kill must
            // land while the first two runs (10 s each) are under way
            awaitLines(starts, 2, Duration.ofSeconds(60));
        } finally {
            first.kill();
        }
        long killedAt = System.currentTimeMillis();
        ServerProcess second = new ServerProcess(data.resolve("server"), env).start();
        try {
            JobClient client = new JobClient(second.api(), second.api().token("admin@crash.example", "crash-pass-1"));
            JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(120));
            assertEquals("FINISHED", s.getString("data.status"));
            assertEquals("4, 0, 0, 0, 0, 0, 4", s.getString("data.progress"), "every case ran to the end");
            JsonPath o = client.awaitTerminal(other, Duration.ofSeconds(60));
            assertEquals("1, 0, 0, 0, 0, 0, 1", o.getString("data.progress"), "the other job is not lost");
            JsonPath one = client.awaitTerminal(solo, Duration.ofSeconds(60));
            assertEquals("1, 0, 0, 0, 0, 0, 1", one.getString("data.progress"), "the flat job ran to the end");
            for (String input : List.of("solo.idf", "in.epw")) {
                client.request().get(client.url("/jess_web/api/job/file/" + solo + "/" + input)).then().statusCode(200)
                        .header("Content-Type", "application/octet-stream");
            }
            List<String> lines = Files.readAllLines(starts);
            assertEquals(2, lines.stream().filter(l -> Long.parseLong(l.split(" ")[2]) < killedAt).count(),
                    "the crash came while the first two runs were under way: " + lines);
            assertEquals(7, lines.size(), "5 cases started, the 2 that the crash interrupted started again: " + lines);
        } finally {
            second.stop();
        }
    }

    private static void awaitLines(Path file, int n, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!Files.exists(file) || Files.readAllLines(file).size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(n + " runs did not start within " + limit);
            }
            Thread.sleep(20);
        }
    }
}
