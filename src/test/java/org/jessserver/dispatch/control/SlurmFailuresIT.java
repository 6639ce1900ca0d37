package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.RunLog;
import org.jessserver.testing.Await;
import org.jessserver.testing.PostgresPass;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.SlurmCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slurm's own failures, on the single-node cluster of .ci/slurm (over2: four tasks at once, one case a task): a
 * scancel by hand, a task past its time limit, the node going down, a slurmctld restart. Each ends its cases with
 * what Slurm reported, or lets them finish, once each, and no job waits for ever. The time-limited case is submitted
 * first and runs its minute while the scancel and restart tests run; the node goes down last, once it has ended.
 */
@PostgresPass
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmFailuresIT {

    private static final String EMAIL = "admin@slurm-failures.example";
    private static final String PASSWORD = "slurm-pass-2";

    @TempDir
    static Path data;

    /** A minute is Slurm's smallest time limit; the cases' own time-out is far longer, so Slurm's ends them first. */
    private static final Map<String, String> ENV = Map.of(
            "JESS_ADMIN_EMAIL", EMAIL, "JESS_ADMIN_PASSWORD", PASSWORD,
            "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"),
            "JESS_EXECUTOR", "slurm", "JESS_SLURM_PARTITION", "over2", "JESS_SLURM_TIME", "1m",
            "JESS_CASE_TIMEOUT", "10m");

    private static ServerProcess server;
    private static JobClient client;
    private static long timeLimited;
    private static long timeLimitedAt;

    @BeforeAll
    static void start() throws Exception {
        SlurmCluster.assumeRunning();
        server = new ServerProcess(data.resolve("server"), ENV).start();
        client = new JobClient(server.api(), server.api().token(EMAIL, PASSWORD));
        timeLimitedAt = System.nanoTime();
        timeLimited = client.submitOk(given().multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "long.idf",
                        JobClient.fakeModel("sleep=150", "runs=" + data.resolve("runs-long.txt"))));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            SlurmCluster.restore();
        }
    }

    @Test
    @Order(1)
    void aScancelByHandFailsItsCasesWithSlurmsWordsAndACancelThroughJessServerStillCancels() throws Exception {
        Path runs = data.resolve("runs-scancel.txt");
        long id = submit(runs, "hang", "hang", "hang", "hang");
        // the time-limited case holds one of over2's four places: three run, one waits in Slurm's queue
        await(() -> RunLog.starts(runs) == 3, Duration.ofSeconds(60), "three cases run on Slurm");
        List<String> tasks = tasks(id);
        Map<String, String> queued = SlurmCommands.tasks(SlurmCluster.run("squeue", "-h", "-r", "-o", "%i|%T"));
        String running = tasks.stream().filter(t -> "RUNNING".equals(queued.get(t))).findFirst().orElseThrow();
        String pending = tasks.stream().filter(t -> "PENDING".equals(queued.get(t))).findFirst().orElseThrow();
        long asked = System.nanoTime();
        SlurmCluster.run("scancel", running, pending);

        JsonPath cases = awaitCases(id, c -> failed(c) == 2);
        System.out.printf("scancel by hand of a running and a pending task: to both cases FAILED in %d ms%n",
                (System.nanoTime() - asked) / 1_000_000);
        for (String task : List.of(running, pending)) {
            int i = tasks.indexOf(task);
            assertEquals("FAILED", cases.getString("data[" + i + "].state"), cases.prettify());
            assertTrue(cases.getString("data[" + i + "].message").startsWith(
                    "Cancelled in Slurm outside jess-server (Slurm: JobState=CANCELLED "), cases.prettify());
        }

        JsonPath reply = client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + id)).jsonPath();
        assertTrue(reply.getBoolean("ok"), reply.prettify());
        JsonPath s = client.awaitStatus(id, p -> "CANCELED".equals(p.getString("data.status")), Duration.ofSeconds(60));
        assertEquals("4, 2, 0, 2, 0, 0, 0", s.getString("data.progress"));
        assertEquals(List.of("CANCELLED", "CANCELLED"),
                cases(id).getList("data.findAll { it.state != 'FAILED' }.state"));
        assertEquals(0, RunLog.ends(runs), "no hanging case ended by itself");
    }

    @Test
    @Order(2)
    void aSlurmctldRestartLetsRunningCasesFinishOnceEachAndNewCasesWaitForIt() throws Exception {
        Path runs = data.resolve("runs-restart.txt");
        Path laterRuns = data.resolve("runs-restart-later.txt");
        long later;
        long id = submit(runs, "sleep=6", "sleep=6");
        await(() -> RunLog.starts(runs) == 2, Duration.ofSeconds(60), "both cases run on Slurm");
        long down = System.nanoTime();
        try {
            SlurmCluster.stopController();
            assertThrows(IOException.class, () -> SlurmCluster.run("squeue", "-h"), "no controller, no squeue");
            // the cases end while slurmctld is away: the server reads their outcomes without Slurm
            await(() -> RunLog.ends(runs) == 2, Duration.ofSeconds(60), "both cases end without slurmctld");
            // a job submitted meanwhile waits in the queue instead of failing: sbatch finds no controller
            later = submit(laterRuns, "sleep=1", "sleep=1");
            await(() -> logged("Slurm's controller does not answer"), Duration.ofSeconds(60),
                    "the server finds Slurm's controller away");
            JsonPath waiting = client.status(later);
            assertEquals("QUEUED", waiting.getString("data.status"), waiting.prettify());
            assertEquals(0, JobClient.progress(waiting.getString("data.progress"))[1], "no case failed");
        } finally {
            SlurmCluster.startController();
        }
        System.out.printf("slurmctld away for %d ms while two 6 s cases ended%n",
                (System.nanoTime() - down) / 1_000_000);
        JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(60));
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("2, 0, 0, 0, 0, 0, 2", s.getString("data.progress"));
        assertEquals(List.of("FINISHED", "FINISHED"), cases(id).getList("data.state"));
        awaitGoneFromSlurm(tasks(id));
        RunLog.assertRanOnce(runs, 2, 2);

        JsonPath l = client.awaitTerminal(later, Duration.ofSeconds(60));
        assertEquals("FINISHED", l.getString("data.status"), l.prettify());
        assertEquals("2, 0, 0, 0, 0, 0, 2", l.getString("data.progress"));
        RunLog.assertRanOnce(laterRuns, 2, 2);
    }

    private static boolean logged(String text) {
        try {
            return server.log().contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @Order(3)
    void aTaskPastItsTimeLimitFailsItsCaseNamingTheLimit() throws Exception {
        JsonPath s = client.awaitTerminal(timeLimited, Duration.ofMinutes(3));
        System.out.printf("a 150 s case under a 1 min Slurm time limit: submit to %s in %d ms%n",
                s.getString("data.status"), (System.nanoTime() - timeLimitedAt) / 1_000_000);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("1, 1, 0, 0, 0, 0, 0", s.getString("data.progress"));
        JsonPath cases = cases(timeLimited);
        assertEquals("FAILED", cases.getString("data[0].state"));
        String task = cases.getString("data[0].run").substring("slurm:".length());
        assertEquals("Slurm task " + task + " ran past its time limit of 00:01:00"
                + " (Slurm: JobState=TIMEOUT Reason=TimeLimit ExitCode=0:15)", cases.getString("data[0].message"));
        RunLog.assertRanOnce(data.resolve("runs-long.txt"), 1, 0);
    }

    @Test
    @Order(4)
    /**
     * .ci/slurm's ReturnToService=2 returns the node to service as soon as its slurmd answers, within milliseconds of
     * the down here: the waiting case may start at once. The resume in restore() is for a cluster that keeps it down.
     */
    void aNodeGoingDownFailsItsRunningCasesOnceAndItsPendingOnesRunWhenItIsBack() throws Exception {
        Path runs = data.resolve("runs-down.txt");
        long id = submit(runs, "hang", "hang", "hang", "hang", "sleep=1");
        await(() -> RunLog.starts(runs) == 4, Duration.ofSeconds(60), "four cases run on Slurm");
        long down = System.nanoTime();
        try {
            SlurmCluster.nodeDown("jess test");
            JsonPath cases = awaitCases(id, c -> failed(c) == 4);
            System.out.printf("node down: to its four running cases FAILED in %d ms%n",
                    (System.nanoTime() - down) / 1_000_000);
            for (int i = 0; i < 4; i++) {
                String task = cases.getString("data[" + i + "].run").substring("slurm:".length());
                assertEquals("FAILED", cases.getString("data[" + i + "].state"), cases.prettify());
                assertTrue(cases.getString("data[" + i + "].message").startsWith("Slurm task " + task
                        + " was ended by the failure of its node localhost (Slurm: JobState=NODE_FAIL "),
                        cases.prettify());
            }
            String failedDirs = "/jobs/" + id + "/c[1-4] ";
            assertEquals(List.of(), engines().stream().filter(e -> e.matches(".*" + failedDirs + ".*")).toList(),
                    "no engine of the failed cases left on the node");
        } finally {
            SlurmCluster.restore();
        }
        JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(60));
        System.out.printf("node down to %s, the waiting case run once the node is back, in %d ms%n",
                s.getString("data.status"), (System.nanoTime() - down) / 1_000_000);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("5, 4, 0, 0, 0, 0, 1", s.getString("data.progress"));
        awaitGoneFromSlurm(tasks(id));
        // the failed tasks are not requeued: no case runs a second time once the node is back
        RunLog.assertRanOnce(runs, 5, 1);
    }

    private static long submit(Path runs, String... directives) {
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 0; i < directives.length; i++) {
            parts = parts.multiPart("file", "c" + (i + 1) + ".idf", JobClient.fakeModel(directives[i], "runs=" + runs));
        }
        return client.submitOk(parts);
    }

    private static JsonPath cases(long id) {
        return client.request().get(client.url("/jess_web/api/job/cases/" + id)).then().statusCode(200).extract()
                .jsonPath();
    }

    private static JsonPath awaitCases(long id, Predicate<JsonPath> condition) throws InterruptedException {
        JsonPath[] last = {cases(id)};
        await(() -> condition.test(last[0] = cases(id)), Duration.ofSeconds(60), "the cases' ends: " + id);
        return last[0];
    }

    private static long failed(JsonPath cases) {
        return cases.getList("data.state").stream().filter("FAILED"::equals).count();
    }

    /** Each case's Slurm task ("jobid_index"), in case order. */
    private static List<String> tasks(long id) {
        List<String> runs = cases(id).getList("data.run");
        return runs.stream().map(r -> r.substring("slurm:".length())).toList();
    }

    private static void awaitGoneFromSlurm(List<String> tasks) throws InterruptedException {
        await(() -> {
            try {
                List<String> queued = SlurmCluster.run("squeue", "-h", "-r", "-o", "%i").lines().toList();
                return tasks.stream().noneMatch(queued::contains);
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(60), "tasks " + tasks + " gone from Slurm's queue");
    }

    /** Processes other than Java's that name this test's data folder. */
    private static List<String> engines() {
        String dir = data.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(h -> h.info().arguments().map(a -> String.join(" ", a).contains(dir)).orElse(false))
                .filter(h -> h.info().command().map(c -> !c.contains("java")).orElse(true))
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?")).toList();
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        Await.until(what, limit, condition);
    }
}
