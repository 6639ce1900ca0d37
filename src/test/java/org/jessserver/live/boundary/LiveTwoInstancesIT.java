package org.jessserver.live.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jessserver.testing.Await;
import org.jessserver.testing.EventStream;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances on one PostgreSQL database: a cancel made through one is seen live by a stream on the other. */
class LiveTwoInstancesIT {

    @TempDir
    Path data;

    @Test
    void aCancelThroughOneInstanceReachesAStreamOnTheOther() throws Exception {
        TestDatabase.assumePostgres();
        Path shared = data.resolve("shared");
        ServerProcess a = new ServerProcess(shared, env());
        ServerProcess b = new ServerProcess(shared, env());
        try {
            CompletableFuture<Void> startA = CompletableFuture.runAsync(() -> start(a));
            CompletableFuture<Void> startB = CompletableFuture.runAsync(() -> start(b));
            startA.join();
            startB.join();
            String tokenA = a.api().token("admin@live2.example", "live2-pass-1");
            JobClient viaA = new JobClient(a.api(), tokenA);
            JobClient viaB = new JobClient(b.api(), b.api().token("admin@live2.example", "live2-pass-1"));
            long id = viaA.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel("hang"))
                    .multiPart("file", "b.idf", JobClient.fakeModel("hang"))
                    .multiPart("file", "in.epw", JobClient.weather()));
            viaA.awaitStatus(id, s -> "QUEUED".equals(s.getString("data.status")), Duration.ofSeconds(60));
            try (EventStream stream = EventStream.open(a.api().url("/jess_web/api/job/events/" + id), tokenA, null)) {
                List<JsonPath> seen = new ArrayList<>();
                seen.add(JsonPath.from(stream.next(Duration.ofSeconds(10)).data()));
                assertEquals("QUEUED", seen.get(0).getString("status"));
                JsonPath reply = viaB.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                        .post(viaB.url("/jess_web/api/job/" + id)).jsonPath();
                assertTrue(reply.getBoolean("ok"), reply.prettify());
                do {
                    seen.add(JsonPath.from(stream.next(Duration.ofSeconds(60)).data()));
                } while (!seen.get(seen.size() - 1).getString("status").equals("CANCELED"));
                assertTrue(seen.stream().anyMatch(s -> s.getBoolean("cancel_Flag") && s.getString("status").equals("QUEUED"))
                        || seen.size() == 2, "the flag, then the end: " + seen.stream().map(JsonPath::prettify).toList());
                assertEquals(viaB.status(id).getMap("data"), seen.get(seen.size() - 1).getMap(""));
                Await.until("the stream ends at CANCELED", Duration.ofSeconds(10), stream::ended);
            }
        } finally {
            a.stop();
            b.stop();
        }
    }

    private static Map<String, String> env() {
        return Map.of("JESS_ADMIN_EMAIL", "admin@live2.example", "JESS_ADMIN_PASSWORD", "live2-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"), "JESS_WORKERS", "2");
    }

    private static void start(ServerProcess server) {
        try {
            server.start();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
