package org.jessserver.dispatch.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.RunLog;
import org.jessserver.testing.Await;
import org.jessserver.testing.PostgresPass;
import org.jessserver.testing.RealEnergyPlus;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.SlurmCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server with JESS_EXECUTOR=slurm on the single-node cluster of .ci/slurm: its cases run as Slurm array tasks, two
 * cases of a job per task, in the over2 partition (four tasks at once on two CPUs), on the stand-in engine or real
 * EnergyPlus, and end, or are cancelled, as JESS says, with each case's Slurm job and task in the cases list and
 * job_summary.csv.
 */
@PostgresPass
class SlurmExecutorIT {

    private static final String EMAIL = "admin@slurm.example";
    private static final String PASSWORD = "slurm-pass-1";

    @TempDir
    static Path data;

    /**
     * Hanging cases must outlast a second instance's start on a loaded machine: a long time-out. Models of 25.2 run on
     * real EnergyPlus (without it installed the server leaves that engine out and its test is skipped), which needs
     * about 220 MB for the warehouse model: this cluster does not enforce --mem, one that constrains RAM would.
     */
    private static final Map<String, String> ENV = Map.of(
            "JESS_ADMIN_EMAIL", EMAIL, "JESS_ADMIN_PASSWORD", PASSWORD,
            "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine") + ";25.2=" + RealEnergyPlus.EXECUTABLE,
            "JESS_EXECUTOR", "slurm", "JESS_SLURM_PARTITION", "over2", "JESS_SLURM_CASES_PER_TASK", "2",
            "JESS_SLURM_TIME", "10m", "JESS_SLURM_OPTIONS", "--comment='jess test' --mem=512",
            "JESS_CASE_TIMEOUT", "5m");

    private static ServerProcess server;
    private static JobClient client;

    @BeforeAll
    static void start() throws Exception {
        SlurmCluster.assumeRunning();
        server = new ServerProcess(data.resolve("server"), ENV).start();
        client = new JobClient(server.api(), server.api().token(EMAIL, PASSWORD));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void readinessAsksSlurm() {
        JsonPath ready = given().get(server.api().url("/health/ready")).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("UP"), ready.getList("checks.findAll { it.name == 'slurm' }.status"), ready.prettify());
    }

    @Test
    void aMultiCaseJobFinishesWithEachCasesSlurmTask() throws Exception {
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        // m1 fails and shares its task with m2, which still runs
        parts = parts.multiPart("file", "m1.idf", JobClient.fakeModel("sleep=1", "exit=3"));
        for (int i = 2; i <= 6; i++) {
            parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel("sleep=2"));
        }
        Finished job = finish(parts, "6 cases (2 s each, 2 per task)", "6, 1, 0, 0, 0, 0, 5", 3);
        List<String> runs = job.runs();
        assertEquals(runs.get(0), runs.get(1), "m1 and m2 share a task: " + runs);
        assertEquals(List.of("FAILED", "FINISHED"), job.cases().getList("data.state").subList(0, 2));
        assertEquals(3, job.cases().getInt("data[0].exit_code"));

        String summary = file(job.id(), "job_summary.csv");
        assertTrue(summary.startsWith("case,name,model,weather,engine,state,exit_code,cpu_seconds,result_bytes,message,run\n"),
                summary);
        for (String r : runs) {
            assertTrue(summary.contains("," + r + "\n"), summary);
        }
    }

    @Test
    void aMultiCaseJobOnRealEnergyPlusFinishesWithItsResults() throws Exception {
        RealEnergyPlus.require();
        String warehouse = Files.readString(RealEnergyPlus.HOME.resolve("fixtures/warehouse.idf"));
        String name = "Ref Bldg Warehouse New2004_v1.3_5.0,  !- Name";
        assertTrue(warehouse.contains(name), "the building's name in warehouse.idf");
        RequestSpecification parts = given().multiPart("file",
                RealEnergyPlus.HOME.resolve("fixtures/chicago.epw").toFile());
        // each model names its building, so each case's tables show that they are its own
        for (int i = 1; i <= 3; i++) {
            parts = parts.multiPart("file", "w" + i + ".idf",
                    warehouse.replace(name, "Warehouse " + i + ",  !- Name").getBytes(StandardCharsets.UTF_8));
        }
        Finished job = finish(parts, "3 cases on real EnergyPlus (2 per task)", "3, 0, 0, 0, 0, 0, 3", 2);
        long id = job.id();
        JsonPath cases = job.cases();
        assertEquals(List.of("FINISHED", "FINISHED", "FINISHED"), cases.getList("data.state"), cases.prettify());
        assertEquals(List.of(0, 0, 0), cases.getList("data.exit_code"), cases.prettify());
        String summary = file(id, "job_summary.csv");
        List<String> rows = summary.lines().skip(1).toList();
        assertEquals(3, rows.size(), summary);
        for (int c = 0; c < 3; c++) {
            String folder = cases.getString("data[" + c + "].name");
            String building = "Warehouse " + cases.getString("data[" + c + "].model").replaceAll("\\D", "");
            String end = file(id, folder + "/eplusout.end");
            assertTrue(end.startsWith("EnergyPlus Completed Successfully"), folder + "/eplusout.end: " + end);
            String tables = file(id, folder + "/eplustbl.csv");
            assertTrue(tables.contains("\nBuilding:," + building + "\n"), folder + "/eplustbl.csv: its own building");
            String row = rows.get(c);
            assertTrue(row.startsWith((c + 1) + ",") && row.endsWith("," + job.runs().get(c)), summary);
        }
    }

    @Test
    void cancelStopsRunningAndPendingTasksAndLeavesNoEngine() throws Exception {
        Path starts = data.resolve("starts-1.txt");
        long id = submitHanging(starts);
        Set<String> tasks = tasksOf(client, id);
        long asked = System.nanoTime();
        JsonPath s = cancel(client, id);
        System.out.printf("cancel of 12 cases (4 running, 6 tasks) on Slurm: request to CANCELED in %d ms%n",
                (System.nanoTime() - asked) / 1_000_000);
        assertAllCancelled(s, starts, tasks);
    }

    @Test
    void cancelThroughASecondInstanceStopsTheFirstOnesTasks() throws Exception {
        Path starts = data.resolve("starts-2.txt");
        long id = submitHanging(starts);
        Set<String> tasks = tasksOf(client, id);
        // the same data folder and database, Slurm executor too: it cancels the tasks by the ids in the database
        try (ServerProcess second = new ServerProcess(data.resolve("server"), ENV).start()) {
            JobClient other = new JobClient(second.api(), second.api().token(EMAIL, PASSWORD));
            assertEquals(tasks, tasksOf(other, id));
            long asked = System.nanoTime();
            JsonPath s = cancel(other, id);
            System.out.printf("cancel through a second instance (12 cases, 4 running): request to CANCELED in %d ms%n",
                    (System.nanoTime() - asked) / 1_000_000);
            assertAllCancelled(s, starts, tasks);
        }
    }

    /**
     * kill -9 of an instance whose cases run on Slurm: its tasks go on, and once its 10 s leases expire the class's
     * server adopts them through their Slurm tasks. Cases that ended while no instance watched keep their outcome;
     * the others end when their tasks do. Every case runs exactly once, in the task it was given.
     */
    @Test
    void aKilledInstancesCasesAreAdoptedAndNoneRunsTwice() throws Exception {
        Path runs = data.resolve("runs-kill.txt");
        Map<String, String> env = new java.util.HashMap<>(ENV);
        env.put("JESS_LEASE", "10s");
        long id;
        Set<String> tasks;
        long killedAt;
        try (ServerProcess doomed = new ServerProcess(data.resolve("server"), env).start()) {
            JobClient doomedClient = new JobClient(doomed.api(), doomed.api().token(EMAIL, PASSWORD));
            RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
            // two tasks of two cases: a short case ends while no instance watches, a long one after the adoption
            for (int i = 1; i <= 4; i++) {
                parts = parts.multiPart("file", "k" + i + ".idf", JobClient.fakeModel(
                        "sleep=" + (i % 2 == 1 ? 3 : 25), "runs=" + runs));
            }
            id = doomedClient.submitOk(parts);
            await(() -> RunLog.starts(runs) >= 2, Duration.ofSeconds(60), "both tasks run their first case");
            tasks = new HashSet<>(client.request().get(client.url("/jess_web/api/job/cases/" + id)).then().extract()
                    .jsonPath().getList("data.run"));
            doomed.kill();
            killedAt = System.nanoTime();
        }
        JsonPath s = client.awaitTerminal(id, Duration.ofMinutes(3));
        System.out.printf("kill -9 with 4 cases on Slurm: adopted and %s %d ms after the kill%n",
                s.getString("data.status"), (System.nanoTime() - killedAt) / 1_000_000);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("4, 0, 0, 0, 0, 0, 4", s.getString("data.progress"));
        JsonPath cases = client.request().get(client.url("/jess_web/api/job/cases/" + id)).then().extract().jsonPath();
        assertEquals(List.of("FINISHED", "FINISHED", "FINISHED", "FINISHED"), cases.getList("data.state"),
                cases.prettify());
        assertEquals(tasks, new HashSet<>(cases.getList("data.run")), "each case stayed in the Slurm task it was given");
        // each case started once, none twice, and each ran to its end
        RunLog.assertRanOnce(runs, 4, 4);
    }


    /** A job that finished, with its cases and their Slurm tasks (run references) in case order. */
    private record Finished(long id, JsonPath cases, List<String> runs) {
    }

    /** Submits the job and waits for FINISHED with that progress, its cases run by that many Slurm tasks. */
    private static Finished finish(RequestSpecification parts, String what, String progress, int tasks)
            throws InterruptedException {
        long submitted = System.nanoTime();
        long id = client.submitOk(parts);
        JsonPath s = client.awaitTerminal(id, Duration.ofMinutes(3));
        System.out.printf("%s on Slurm: submit to %s in %d ms%n", what, s.getString("data.status"),
                (System.nanoTime() - submitted) / 1_000_000);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals(progress, s.getString("data.progress"));
        JsonPath cases = client.request().get(client.url("/jess_web/api/job/cases/" + id)).then().statusCode(200)
                .extract().jsonPath();
        List<String> runs = cases.getList("data.run");
        assertEquals(JobClient.progress(progress)[0], runs.size(), cases.prettify());
        runs.forEach(r -> assertTrue(r.matches("slurm:\\d+_\\d+"), "each case names its Slurm task: " + runs));
        assertEquals(tasks, new HashSet<>(runs).size(), "two cases a task: " + runs);
        return new Finished(id, cases, runs);
    }

    /** One of the job's result files, as a user downloads it. */
    private static String file(long id, String path) {
        return client.request().get(client.url("/jess_web/api/job/file/" + id + "/" + path)).then().statusCode(200)
                .extract().asString();
    }

    /** 6 tasks of 2 hanging cases: 4 tasks run their first case (over2: two tasks per CPU), 2 wait in Slurm's queue. */
    private static long submitHanging(Path starts) throws InterruptedException {
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 1; i <= 12; i++) {
            parts = parts.multiPart("file", "h" + i + ".idf", JobClient.fakeModel("hang", "children=1",
                    "starts=" + starts));
        }
        long id = client.submitOk(parts);
        await(() -> lines(starts) == 4, Duration.ofSeconds(60), "four cases run on Slurm");
        return id;
    }

    private static Set<String> tasksOf(JobClient c, long id) {
        JsonPath cases = c.request().get(c.url("/jess_web/api/job/cases/" + id)).then().extract().jsonPath();
        Set<String> tasks = new HashSet<>(cases.getList("data.run"));
        assertEquals(6, tasks.size(), cases.prettify());
        return tasks;
    }

    private static JsonPath cancel(JobClient c, long id) throws InterruptedException {
        JsonPath reply = c.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(c.url("/jess_web/api/job/" + id)).jsonPath();
        assertTrue(reply.getBoolean("ok"), reply.prettify());
        return c.awaitStatus(id, p -> "CANCELED".equals(p.getString("data.status")), Duration.ofSeconds(60));
    }

    /** CANCELED with every case cancelled, no case started after the cancel, no engine left, no task in Slurm. */
    private static void assertAllCancelled(JsonPath s, Path starts, Set<String> tasks) throws IOException {
        int[] p = JobClient.progress(s.getString("data.progress"));
        assertEquals(12, p[0]);
        assertEquals(12, p[3], "every case cancelled: " + s.getString("data.progress"));
        assertEquals(4, lines(starts), "no case started after the cancel");
        String dir = data.toAbsolutePath().toString();
        List<String> left = ProcessHandle.allProcesses()
                .filter(h -> h.info().arguments().map(a -> String.join(" ", a).contains(dir)).orElse(false))
                .filter(h -> h.info().command().map(c -> !c.contains("java")).orElse(true))
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?")).toList();
        assertEquals(List.of(), left, "no engine process left on the node");
        List<String> queued = SlurmCluster.run("squeue", "-h", "-r", "-o", "%i").lines().toList();
        for (String task : tasks) {
            assertFalse(queued.contains(task.substring("slurm:".length())), task + " left Slurm's queue: " + queued);
        }
    }

    private static int lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        Await.until(what, limit, condition);
    }
}
