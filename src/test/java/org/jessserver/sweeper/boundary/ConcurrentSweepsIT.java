package org.jessserver.sweeper.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps that overlap: the cancel work started right after each flag, the timer's tick, and
 * cancels sent twice at once all act on the same jobs. Each case is cancelled once, each job ends
 * once, and the server log shows no error or warning from it.
 */
class ConcurrentSweepsIT {

    @TempDir
    Path data;

    @Test
    void overlappingSweepsEndEachJobOnce() throws Exception {
        try (ServerProcess server = new ServerProcess(data.resolve("server"), Map.of(
                "JESS_ADMIN_EMAIL", "admin@sweep.example", "JESS_ADMIN_PASSWORD", "sweep-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"), "JESS_WORKERS", "2")).start()) {
            JobClient client = new JobClient(server.api(), server.api().token("admin@sweep.example", "sweep-pass-1"));
            List<Long> ids = new ArrayList<>();
            for (int j = 0; j < 12; j++) {
                var parts = given().multiPart("file", "in.epw", JobClient.weather());
                for (int i = 0; i < 25; i++) {
                    parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel(i % 5 == 0 ? "hang" : "sleep=0.05"));
                }
                ids.add(client.submitOk(parts));
            }
            client.awaitStatus(ids.get(0), s -> s.getInt("data.cases.running") > 0, Duration.ofSeconds(60));
            // each job is cancelled twice at the same moment, and all jobs together by the bulk call
            List<CompletableFuture<JsonPath>> calls = new ArrayList<>();
            for (long id : ids) {
                for (int k = 0; k < 2; k++) {
                    calls.add(CompletableFuture.supplyAsync(() -> client.request().contentType("application/json")
                            .body("{\"cmd\":\"Cancel\"}").post(client.url("/jess_web/api/job/" + id)).jsonPath()));
                }
            }
            calls.add(CompletableFuture.supplyAsync(() -> client.request().contentType("application/json")
                    .body("{\"all\": true}").post(client.url("/jess_web/api/jobs/cancel")).jsonPath()));
            for (CompletableFuture<JsonPath> c : calls) {
                assertTrue(c.get().getBoolean("ok") || c.get().getString("status").contains("not cancellable"),
                        c.get().prettify());
            }
            for (long id : ids) {
                JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(60));
                assertEquals("CANCELED", s.getString("data.status"), s.prettify());
                int[] p = JobClient.progress(s.getString("data.progress"));
                assertEquals(25, p[0]);
                assertEquals(0, p[4], "nothing queued or running");
                assertEquals(25, p[3] + p[5], "every case cancelled once or kept as simulated: " + s.getString("data.progress"));
                assertEquals(s.getLong("data.completion_Time"), client.status(id).getLong("data.completion_Time"),
                        "the job ended once");
            }
            String log = server.log();
            for (String bad : List.of("SEVERE", "did not finish", "Could not end", "Unexpected failure")) {
                assertFalse(log.contains(bad), "the log has '" + bad + "'");
            }
        }
    }
}
