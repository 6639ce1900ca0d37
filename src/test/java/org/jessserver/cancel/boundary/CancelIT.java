package org.jessserver.cancel.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jessserver.testing.Api;
import org.jessserver.testing.Deployments;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling jobs as §5 of the contract says, finished by the EJB timer (and at once after the flag). */
class CancelIT extends OnDeployedServer {

    private static final Path JOBS = Deployments.serverDataDir().resolve("jobs");
    private static final Duration LIMIT = Duration.ofSeconds(60);

    Api api;
    JobClient client;
    String email;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("cancel");
        client = new JobClient(api, api.token(email, Api.PASSWORD));
    }

    private JsonPath cancel(Object id) {
        return client.request().contentType("application/json").body("{\"cmd\": \"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + id)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theJessExample() throws Exception {
        // 8 instant cases finish first, then 4 of the 12 hanging ones run (JESS_WORKERS=4) and 8 wait
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 0; i < 8; i++) {
            parts = parts.multiPart("file", "a" + i + ".idf", JobClient.fakeModel());
        }
        for (int i = 0; i < 12; i++) {
            parts = parts.multiPart("file", "b" + (10 + i) + ".idf", JobClient.fakeModel("hang"));
        }
        long id = client.submitOk(parts);
        client.awaitStatus(id, s -> s.getInt("data.cases.running") == 4 && s.getInt("data.cases.simulated") == 8, LIMIT);

        JsonPath reply = cancel(id);
        assertTrue(reply.getBoolean("ok"), reply.prettify());
        assertEquals("Cancel flag has been set for " + id, reply.getString("status"));
        assertEquals(true, reply.getBoolean("data.cancel_Flag"));
        assertEquals("QUEUED", reply.getString("data.status"));
        assertEquals(id, reply.getLong("data.job_ID"));
        assertEquals("20, 0, 0, 0, 12, 8, 0", reply.getString("data.progress"));

        JsonPath s = client.awaitStatus(id, p -> "CANCELED".equals(p.getString("data.status")), LIMIT);
        assertEquals("Job is cancelled", s.getString("data.status_Info"));
        assertEquals(false, s.getBoolean("data.cancel_Flag"));
        assertEquals("20, 0, 0, 12, 0, 8, 0", s.getString("data.progress"));
        assertNotNull(s.get("data.completion_Time"));
        assertEquals(s.getLong("data.completion_Time"), s.getLong("data.last_Update"));
        // the results of the cases that finished before the cancel stay downloadable
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/a0/eplusout.end")).then().statusCode(200)
                .body(containsString("Completed Successfully"));
        // and a terminal job refuses another cancel
        JsonPath again = cancel(id);
        assertFalse(again.getBoolean("ok"));
        assertEquals("Job " + id + " is not found or not cancellable", again.getString("status"));
    }

    @Test
    void cancelWhileFlaggedAnswersOkAgainAndLeavesNoProcess() throws Exception {
        long id = client.submitOk(given().multiPart("file", "stubborn.idf", JobClient.fakeModel("hang", "children=2", "ignore-term"))
                .multiPart("file", "in.epw", JobClient.weather()));
        client.awaitStatus(id, s -> s.getInt("data.cases.running") == 1, LIMIT);
        // a job of one case is flat: its run works at the job's root
        Path caseDir = JOBS.resolve(String.valueOf(id));
        waitFor(() -> tree(caseDir).size() >= 4, "the wrapper, the engine and its 2 children run");
        List<ProcessHandle> processes = tree(caseDir);
        assertTrue(cancel(id).getBoolean("ok"));
        // the run ignores SIGTERM, so the flag stays set for the 2 s grace: a second cancel is ok too
        JsonPath second = cancel(id);
        assertTrue(second.getBoolean("ok"), second.prettify());
        assertEquals(true, second.getBoolean("data.cancel_Flag"));
        JsonPath s = client.awaitStatus(id, p -> "CANCELED".equals(p.getString("data.status")), LIMIT);
        assertEquals("1, 0, 0, 1, 0, 0, 0", s.getString("data.progress"));
        assertEquals(List.of(), processes.stream().filter(CancelIT::alive).toList(), "no process of the case is left");
    }

    @Test
    void cancelRightAfterSubmitEndsCanceled() throws Exception {
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 0; i < 30; i++) {
            parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel("sleep=1"));
        }
        long id = client.submitOk(parts);
        JsonPath reply = cancel(id);
        assertTrue(reply.getBoolean("ok"), reply.prettify());
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("CANCELED", s.getString("data.status"));
        int[] p = JobClient.progress(s.getString("data.progress"));
        assertEquals(p[0], p[1] + p[2] + p[3] + p[4] + p[5] + p[6]);
        assertEquals(0, p[4], "nothing queued or running");
    }

    @Test
    void refusals() throws Exception {
        long done = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(done, LIMIT);
        for (Object id : List.of(done, 999999, "all", "-1", "12x")) {
            JsonPath r = cancel(id);
            assertFalse(r.getBoolean("ok"));
            assertEquals("Job " + id + " is not found or not cancellable", r.getString("status"));
            assertTrue(r.get("data") == null, "data is null");
        }
        // another user's job is as missing as a missing one
        // long enough to outlast the refusals below on a loaded machine (3 s did not once in CI); cancelled at the end
        long running = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel("sleep=120"))
                .multiPart("file", "in.epw", JobClient.weather()));
        JobClient other = new JobClient(api, api.token(api.newUser("other"), Api.PASSWORD));
        other.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + running)).then().statusCode(200)
                .body("ok", equalTo(false)).body("status", equalTo("Job " + running + " is not found or not cancellable"));
        client.request().contentType("application/json").body("{\"cmd\":\"Pause\"}")
                .post(client.url("/jess_web/api/job/" + running)).then().statusCode(200)
                .body("ok", equalTo(false)).body("status", containsString("Unknown command 'Pause'"));
        client.request().contentType("application/json").body("{}")
                .post(client.url("/jess_web/api/job/" + running)).then()
                .body("ok", equalTo(false)).body("status", equalTo("Missing field 'cmd'"));
        client.request().contentType("application/json").body("{\"cmd\": ")
                .post(client.url("/jess_web/api/job/" + running)).then()
                .body("ok", equalTo(false)).body("status", containsString("Malformed JSON"));
        client.request().contentType("text/plain").body("{\"cmd\":\"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + running)).then()
                .body("ok", equalTo(false)).body("status", containsString("Content-Type must be application/json"));
        given().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + running)).then().statusCode(401);
        assertEquals("QUEUED", client.status(running).getString("data.status"), "none of these cancelled it");
        assertEquals(false, client.status(running).getBoolean("data.cancel_Flag"));
        assertTrue(cancel(running).getBoolean("ok"), "the owner still can");
    }

    @Test
    void cancelManyJobsAtOnce() throws Exception {
        long done = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(done, LIMIT);
        long a = client.submitOk(slowJob());
        long b = client.submitOk(slowJob());
        String ids = "[" + a + ", " + b + ", " + done + ", 999999]";

        JsonPath dry = bulk("{\"ids\": " + ids + ", \"dry_run\": true}");
        assertTrue(dry.getBoolean("ok"), dry.prettify());
        assertEquals("2 of 4 job(s) would be flagged for cancel", dry.getString("status"));
        assertEquals("would be flagged", dry.getString("data.find { it.job_ID == " + a + " }.result"));
        assertEquals("not found or not cancellable", dry.getString("data.find { it.job_ID == " + done + " }.result"));
        assertEquals("not found or not cancellable", dry.getString("data.find { it.job_ID == 999999 }.result"));
        assertEquals(false, client.status(a).getBoolean("data.cancel_Flag"), "a dry run flags nothing");

        JsonPath one = bulk("{\"ids\": [" + a + "]}");
        assertEquals("1 of 1 job(s) are flagged for cancel", one.getString("status"));
        assertEquals("CANCELED", client.awaitTerminal(a, LIMIT).getString("data.status"));
        assertEquals("QUEUED", client.status(b).getString("data.status"), "only the named job is cancelled");

        // by filter: every job of the caller that is still queued (b); the finished ones are not cancellable
        JsonPath byStatus = bulk("{\"status\": \"QUEUED,FINISHED\"}");
        assertEquals("flagged", byStatus.getString("data.find { it.job_ID == " + b + " }.result"), byStatus.prettify());
        assertEquals("CANCELED", client.awaitTerminal(b, LIMIT).getString("data.status"));

        assertFalse(bulk("{\"ids\": \"all\"}").getBoolean("ok"));
        assertFalse(bulk("{\"dry_run\": \"yes\"}").getBoolean("ok"));
    }

    @Test
    void aBulkCancelMustSayWhichJobs() throws Exception {
        long a = client.submitOk(slowJob());
        String needed = "Say which jobs to cancel: \"ids\", a filter (\"since\", \"till\", \"status\") or \"all\": true";
        // what a plain HTML form can send: an empty text/plain body
        JsonPath form = client.request().contentType("text/plain").body("")
                .post(client.url("/jess_web/api/jobs/cancel")).then().statusCode(200).extract().jsonPath();
        assertEquals(false, form.getBoolean("ok"), form.prettify());
        assertEquals(needed, form.getString("status"));
        JsonPath none = client.request().post(client.url("/jess_web/api/jobs/cancel")).then().statusCode(200).extract().jsonPath();
        assertEquals(needed, none.getString("status"), none.prettify());
        for (String body : new String[] {"{}", "{\"ids\": []}", "{\"all\": false}"}) {
            JsonPath r = bulk(body);
            assertFalse(r.getBoolean("ok"), body);
            assertEquals(needed, r.getString("status"), body);
        }
        assertFalse(bulk("{\"all\": true, \"ids\": [" + a + "]}").getBoolean("ok"));
        assertEquals(false, client.status(a).getBoolean("data.cancel_Flag"), "nothing was flagged");

        JsonPath preview = bulk("{\"dry_run\": true}");
        assertTrue(preview.getBoolean("ok"), preview.prettify());
        assertEquals("1 of 1 job(s) would be flagged for cancel", preview.getString("status"));
        assertEquals(false, client.status(a).getBoolean("data.cancel_Flag"), "a dry run flags nothing");

        JsonPath all = bulk("{\"all\": true}");
        assertEquals("1 of 1 job(s) are flagged for cancel", all.getString("status"), all.prettify());
        assertEquals("CANCELED", client.awaitTerminal(a, LIMIT).getString("data.status"));
    }

    private RequestSpecification slowJob() {
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 0; i < 8; i++) {
            parts = parts.multiPart("file", "s" + i + ".idf", JobClient.fakeModel("sleep=2"));
        }
        return parts;
    }

    private JsonPath bulk(String body) {
        return client.request().contentType("application/json").body(body)
                .post(client.url("/jess_web/api/jobs/cancel")).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void cancelRacingTheLastCaseEndsExactlyOnce() throws Exception {
        int[] endings = new int[2]; // finished, canceled
        List<Long> ids = new ArrayList<>();
        // Up to four raced jobs are awaited at once: each one's wait is mostly the cancel timer's tick, and
        // awaiting them one by one made this the longest test of the suite. The race itself (the cancel
        // 0 to 95 ms after the submission, against a case of 0 to 95 ms) is made for every job as before.
        ArrayDeque<Long> inFlight = new ArrayDeque<>();
        Map<Long, Boolean> accepted = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            String sleep = String.format(java.util.Locale.ROOT, "sleep=0.%03d", (i * 37) % 96);
            long id = client.submitOk(given().multiPart("file", "r.idf", JobClient.fakeModel(sleep))
                    .multiPart("file", "in.epw", JobClient.weather()));
            Thread.sleep((i * 53) % 96);
            accepted.put(id, cancel(id).getBoolean("ok"));
            ids.add(id);
            inFlight.add(id);
            if (inFlight.size() == 4) {
                checkRacedEnding(inFlight.poll(), accepted, endings);
            }
        }
        while (!inFlight.isEmpty()) {
            checkRacedEnding(inFlight.poll(), accepted, endings);
        }
        // a terminal state never changes afterwards
        Thread.sleep(1500);
        for (long id : ids) {
            String status = client.status(id).getString("data.status");
            assertTrue(status.equals("FINISHED") || status.equals("CANCELED"), id + " " + status);
        }
        assertTrue(endings[0] > 0 && endings[1] > 0,
                "both endings happened: finished " + endings[0] + ", canceled " + endings[1]);
    }

    /** A raced job ends once: FINISHED only if its cancel was refused, CANCELED only if it was accepted. */
    private void checkRacedEnding(long id, Map<Long, Boolean> accepted, int[] endings) throws Exception {
        JsonPath s = client.awaitTerminal(id, LIMIT);
        String status = s.getString("data.status");
        int[] p = JobClient.progress(s.getString("data.progress"));
        if (status.equals("FINISHED")) {
            endings[0]++;
            assertFalse(accepted.get(id), "a cancel accepted before the end must win: " + s.prettify());
            assertEquals("1, 0, 0, 0, 0, 0, 1", s.getString("data.progress"));
        } else {
            endings[1]++;
            assertEquals("CANCELED", status, s.prettify());
            assertTrue(accepted.get(id), "only an accepted cancel cancels");
            // cancelled before its case was made (0 cases), or its one case cancelled or kept as simulated
            assertEquals(p[0], p[3] + p[5], "every case is cancelled or simulated: " + s.getString("data.progress"));
            assertEquals(false, s.getBoolean("data.cancel_Flag"));
        }
    }

    /** The case's run as recorded in its pid file, with all its descendants. */
    private static List<ProcessHandle> tree(Path caseDir) {
        try {
            // the run's marker: "pid=<top process>" among host, boot, start time and server
            long pid = Files.readAllLines(caseDir.resolve(".jess-pid")).stream().filter(l -> l.startsWith("pid="))
                    .mapToLong(l -> Long.parseLong(l.substring(4))).findFirst().orElseThrow(NumberFormatException::new);
            return ProcessHandle.of(pid).map(h -> Stream.concat(Stream.of(h), h.descendants()).toList()).orElse(List.of());
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
    }

    /** Alive and not a zombie waiting to be reaped. */
    private static boolean alive(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(h.pid()), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + LIMIT + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
