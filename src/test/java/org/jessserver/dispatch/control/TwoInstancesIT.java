package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one PostgreSQL database and one data folder: they start together and
 * migrate once, each runs cases with its own workers, a job submitted to one is cancelled through
 * the other, and when one is lost mid-run the other takes over its cases once their leases expire.
 */
class TwoInstancesIT {

    private static final int CASES = 6;

    @TempDir
    Path data;

    private Path runs;

    @Test
    void instancesShareJobsAndSurviveTheLossOfOne() throws Exception {
        TestDatabase.assumePostgres();
        Path shared = data.resolve("shared");
        runs = data.resolve("runs.txt");
        ServerProcess a = new ServerProcess(shared, env("a"));
        ServerProcess b = new ServerProcess(shared, env("b"));
        try {
            // both at once on an empty database: one of them migrates, the other waits for it
            CompletableFuture<ServerProcess> startA = CompletableFuture.supplyAsync(() -> start(a));
            CompletableFuture<ServerProcess> startB = CompletableFuture.supplyAsync(() -> start(b));
            startA.join();
            startB.join();
            assertEquals(TestDatabase.migrationVersions(), schemaVersions(shared), "each migration ran once");
            JobClient viaA = new JobClient(a.api(), a.api().token("admin@two.example", "two-pass-1"));
            JobClient viaB = new JobClient(b.api(), b.api().token("admin@two.example", "two-pass-1"));

            // cases that run until cancelled, so that both instances are running some when the flag is set
            long hangA = viaA.submitOk(job("hang"));
            long hangB = viaB.submitOk(job("hang"));
            List<Long> normal = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                normal.add((j % 2 == 0 ? viaA : viaB).submitOk(job("sleep=1")));
            }

            // each job is seen, and cancelled, through the instance it was not submitted to
            awaitRuns(r -> startedBy(r, hangA, "a") == 2 && startedBy(r, hangA, "b") == 2, "both instances run job " + hangA);
            cancel(viaB, hangA);
            JsonPath ca = viaA.awaitTerminal(hangA, Duration.ofSeconds(60));
            assertEquals("CANCELED", ca.getString("data.status"));
            assertEquals(CASES + ", 0, 0, " + CASES + ", 0, 0, 0", ca.getString("data.progress"));
            awaitRuns(r -> startedBy(r, hangB, "a") == 2 && startedBy(r, hangB, "b") == 2, "both instances run job " + hangB);
            cancel(viaA, hangB);
            assertEquals("CANCELED", viaB.awaitTerminal(hangB, Duration.ofSeconds(60)).getString("data.status"));
            awaitNoProcesses(shared, hangA);
            awaitNoProcesses(shared, hangB);
            // each run says where it ran: the local executor of the instance that claimed it
            Set<String> refs = runReferences(shared, hangA);
            assertEquals(2, refs.size(), "both instances ran cases of job " + hangA + ": " + refs);
            assertTrue(refs.stream().allMatch(r -> r.startsWith("local:")), refs.toString());

            // lose instance a while it runs cases of the other jobs
            awaitRuns(r -> r.stream().anyMatch(l -> l.startsWith("start a ") && normal.stream().anyMatch(id -> inJob(l, id))),
                    "instance a runs a case of the normal jobs");
            a.crash();
            long crashedAt = System.currentTimeMillis();

            Map<Long, Long> completion = new HashMap<>();
            for (long id : normal) {
                JsonPath s = viaB.awaitTerminal(id, Duration.ofSeconds(120));
                assertEquals("FINISHED", s.getString("data.status"), s.prettify());
                assertEquals(CASES + ", 0, 0, 0, 0, 0, " + CASES, s.getString("data.progress"), "no case lost");
                completion.put(id, s.getLong("data.completion_Time"));
            }
            List<String> lines = Files.readAllLines(runs);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("start a ") && normal.stream().anyMatch(id -> inJob(l, id))));
            for (long id : normal) {
                for (int c = 0; c < CASES; c++) {
                    String dir = "/jobs/" + id + "/m" + c;
                    assertTrue(lines.stream().anyMatch(l -> l.startsWith("end ") && l.contains(dir + " ")),
                            "case " + dir + " completed: " + lines);
                }
            }
            assertNoCaseRanTwiceAtOnce(lines, crashedAt);

            // the lost instance comes back and sees every job ended once, as the other one reported it
            ServerProcess again = new ServerProcess(shared, env("a"));
            try {
                start(again);
                JobClient viaAgain = new JobClient(again.api(), again.api().token("admin@two.example", "two-pass-1"));
                for (long id : normal) {
                    JsonPath s = viaAgain.status(id);
                    assertEquals("FINISHED", s.getString("data.status"));
                    assertEquals(completion.get(id), s.getLong("data.completion_Time"), "job " + id + " ended once");
                }
                for (long id : List.of(hangA, hangB)) {
                    assertEquals("CANCELED", viaAgain.status(id).getString("data.status"));
                }
            } finally {
                again.stop();
            }
        } finally {
            a.crash();
            b.stop();
            b.crash();
        }
    }

    private Map<String, String> env(String instance) {
        return Map.of("JESS_ADMIN_EMAIL", "admin@two.example", "JESS_ADMIN_PASSWORD", "two-pass-1",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"), "JESS_WORKERS", "2",
                "JESS_LEASE", "10s", "JESS_CASE_TIMEOUT", "10m", "FAKE_INSTANCE", instance);
    }

    private static ServerProcess start(ServerProcess server) {
        try {
            return server.start();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private io.restassured.specification.RequestSpecification job(String directive) {
        var parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 0; i < CASES; i++) {
            parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel(directive, "runs=" + runs));
        }
        return parts;
    }

    private static void cancel(JobClient client, long id) {
        JsonPath reply = client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + id)).jsonPath();
        assertTrue(reply.getBoolean("ok"), reply.prettify());
    }

    private static boolean inJob(String line, long id) {
        return line.contains("/jobs/" + id + "/");
    }

    private static long startedBy(List<String> lines, long id, String instance) {
        return lines.stream().filter(l -> l.startsWith("start " + instance + " ") && inJob(l, id)).count();
    }

    private void awaitRuns(Predicate<List<String>> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> lines = List.of();
        while (System.nanoTime() < deadline) {
            lines = Files.exists(runs) ? Files.readAllLines(runs) : List.of();
            if (condition.test(lines)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not within 60 s: " + what + "; runs: " + lines);
    }

    /** Every process that runs a case of the job is gone, whichever instance started it. */
    private static void awaitNoProcesses(Path shared, long id) throws InterruptedException {
        String folder = shared.resolve("jobs").resolve(Long.toString(id)).toString() + "/";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> left;
        do {
            left = ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                    .map(p -> p.info().commandLine().orElse(""))
                    .filter(cmd -> cmd.contains(folder))
                    .collect(Collectors.toList());
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("processes of cancelled job " + id + " still run: " + left);
    }

    /**
     * From the engine's own records: the runs of one case never overlap in time. A run that recorded
     * no end was stopped: by the crash (its instance is lost) or by a cancel (open to the end).
     */
    private static void assertNoCaseRanTwiceAtOnce(List<String> lines, long crashedAt) {
        record Run(String instance, long from, long to) {
        }
        Map<String, List<String[]>> byCase = lines.stream().map(l -> l.split(" "))
                .collect(Collectors.groupingBy(f -> f[2]));
        for (var e : byCase.entrySet()) {
            List<Run> runsOfCase = new ArrayList<>();
            List<String[]> events = e.getValue();
            for (int i = 0; i < events.size(); i++) {
                String[] f = events.get(i);
                if (!f[0].equals("start")) {
                    continue;
                }
                long to = Long.MAX_VALUE;
                for (int k = i + 1; k < events.size(); k++) {
                    if (events.get(k)[0].equals("end") && events.get(k)[1].equals(f[1])) {
                        to = Long.parseLong(events.get(k)[3]);
                        break;
                    }
                }
                if (to == Long.MAX_VALUE && f[1].equals("a")) {
                    to = crashedAt;
                }
                runsOfCase.add(new Run(f[1], Long.parseLong(f[3]), to));
            }
            for (int i = 0; i < runsOfCase.size(); i++) {
                for (int k = i + 1; k < runsOfCase.size(); k++) {
                    Run x = runsOfCase.get(i);
                    Run y = runsOfCase.get(k);
                    assertFalse(x.from() < y.to() && y.from() < x.to(), "case " + e.getKey() + " ran twice at once: " + runsOfCase);
                }
            }
        }
    }

    private static Set<String> runReferences(Path shared, long jobId) throws Exception {
        Set<String> refs = new HashSet<>();
        try (Connection c = TestDatabase.jdbc(shared).connect();
             PreparedStatement s = c.prepareStatement("SELECT run_ref FROM sim_case WHERE job_id = ? AND started IS NOT NULL")) {
            s.setLong(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    refs.add(String.valueOf(rs.getString(1)));
                }
            }
        }
        return refs;
    }

    private static List<String> schemaVersions(Path shared) throws Exception {
        List<String> v = new ArrayList<>();
        try (Connection c = TestDatabase.jdbc(shared).connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                v.add(rs.getString(1));
            }
        }
        return v;
    }
}
