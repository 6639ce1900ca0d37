package org.jessserver.cancel.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 while a cancel is under way: after the restart the job still ends CANCELED and nothing runs again. */
class CancelCrashIT {

    @TempDir
    Path data;

    @Test
    void flaggedJobEndsCanceledAfterACrash() throws Exception {
        Path starts = data.resolve("starts.txt");
        // runs that ignore SIGTERM and a grace of a minute: the first server cannot finish the cancel
        Map<String, String> env = Map.of(
                "JESS_ADMIN_EMAIL", "admin@crash.example", "JESS_ADMIN_PASSWORD", "crash-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"),
                "JESS_WORKERS", "2", "JESS_LEASE", "10s", "JESS_CANCEL_GRACE", "60s");
        long id;
        ServerProcess first = new ServerProcess(data.resolve("server"), env).start();
        try {
            JobClient client = new JobClient(first.api(), first.api().token("admin@crash.example", "crash-pass-1"));
            var parts = given().multiPart("file", "in.epw", JobClient.weather());
            for (int i = 1; i <= 3; i++) {
                parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel("hang", "ignore-term", "starts=" + starts));
            }
            id = client.submitOk(parts);
            client.awaitStatus(id, s -> s.getInt("data.cases.running") == 2, Duration.ofSeconds(60));
            JsonPath reply = client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                    .post(client.url("/jess_web/api/job/" + id)).jsonPath();
            assertTrue(reply.getBoolean("ok"), reply.prettify());
            client.awaitStatus(id, s -> s.getInt("data.cases.cancelled") == 1, Duration.ofSeconds(30));
        } finally {
            first.kill();
        }
        ServerProcess second = new ServerProcess(data.resolve("server"), env).start();
        try {
            JobClient client = new JobClient(second.api(), second.api().token("admin@crash.example", "crash-pass-1"));
            JsonPath s = client.awaitStatus(id, p -> "CANCELED".equals(p.getString("data.status")), Duration.ofSeconds(90));
            assertEquals("3, 0, 0, 3, 0, 0, 0", s.getString("data.progress"));
            assertEquals("Job is cancelled", s.getString("data.status_Info"));
            assertEquals(2, Files.readAllLines(starts).size(), "the cancelled cases did not run again");
        } finally {
            second.stop();
            killLeftovers();
        }
    }

    /** Whatever the killed server's runs left (they ignore SIGTERM) must not outlive the test. */
    private void killLeftovers() throws IOException {
        String needle = data.toAbsolutePath().toString();
        ProcessHandle.allProcesses().filter(h -> h.info().arguments().map(a -> String.join(" ", a).contains(needle))
                .orElse(false)).forEach(ProcessHandle::destroyForcibly);
    }
}
