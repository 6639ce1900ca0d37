package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting EnergyPlus jobs and following them to their end, on the stand-in engine. */
class JobsApiIT extends OnDeployedServer {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    Api api;
    JobClient client;
    String email;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("jobs");
        client = new JobClient(api, api.token(email, Api.PASSWORD));
    }

    @Test
    void separateFilesRunToFinished() throws Exception {
        JsonPath reply = client.submit(given()
                .multiPart("file", "box.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather())
                .multiPart("title", "First job").multiPart("desc", "one case"));
        assertTrue(reply.getBoolean("ok"), reply.prettify());
        long id = reply.getLong("data");
        assertEquals("Job " + id + " is created", reply.getString("status"));

        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals(id + " status available", s.getString("status"));
        assertEquals("FINISHED", s.getString("data.status"));
        assertEquals("Job finished. Results collected into tables.", s.getString("data.status_Info"));
        assertEquals("1, 0, 0, 0, 0, 0, 1", s.getString("data.progress"));
        assertEquals(id, s.getLong("data.job_ID"));
        assertEquals(false, s.getBoolean("data.cancel_Flag"));
        assertNotNull(s.get("data.completion_Time"));
        assertEquals(1, s.getInt("data.cases.collected"));
        assertEquals(1, s.getInt("data.cases.total"));
    }

    @Test
    void zipUploadRunsToFinished() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project/model.idf", JobClient.fakeModel());
        entries.put("project/weather/in.epw", JobClient.weather());
        long id = client.submitOk(given().multiPart("file", "job.zip", JobClient.zip(entries)));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("FINISHED", s.getString("data.status"));
        assertEquals("1, 0, 0, 0, 0, 0, 1", s.getString("data.progress"));
    }

    @Test
    void batchMakesOneCasePerModelAndWeather() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "b.idf", JobClient.fakeModel("sleep=0.2"))
                .multiPart("file", "c.imf", JobClient.fakeModel())
                .multiPart("file", "w1.epw", JobClient.weather())
                .multiPart("file", "w2.epw", JobClient.weather()));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("6, 0, 0, 0, 0, 0, 6", s.getString("data.progress"));
        // naming the model and weather narrows the batch to one case
        long one = client.submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "b.idf", JobClient.fakeModel())
                .multiPart("file", "w1.epw", JobClient.weather())
                .multiPart("file", "w2.epw", JobClient.weather())
                .multiPart("model", "b.idf").multiPart("weather", "w2.epw"));
        assertEquals("1, 0, 0, 0, 0, 0, 1", client.awaitTerminal(one, LIMIT).getString("data.progress"));
    }

    @Test
    void longFileNamesMakeShortCaseFolders() throws Exception {
        // 254-character file names: a case named model_weather in full would not fit a file system's 255 bytes
        String model = "m".repeat(250) + ".idf";
        long id = client.submitOk(given()
                .multiPart("file", model, JobClient.fakeModel())
                .multiPart("file", "w".repeat(249) + "1.epw", JobClient.weather())
                .multiPart("file", "w".repeat(249) + "2.epw", JobClient.weather()));
        assertEquals("2, 0, 0, 0, 0, 0, 2", client.awaitTerminal(id, LIMIT).getString("data.progress"));
        List<String> paths = client.request().get(client.url("/jess_web/api/job/dir/" + id)).then().statusCode(200)
                .extract().jsonPath().getList("data.children.findAll { it.type == 'folder' && it.data.fullPath != '/input' }"
                        + ".data.fullPath");
        List<String> folders = paths.stream().map(p -> p.substring(1)).toList();
        assertEquals(2, folders.size(), folders.toString());
        for (String f : folders) {
            assertTrue(f.length() <= 123 && f.startsWith("m".repeat(79) + "_w"), f);
        }
    }

    @Test
    void progressAddsUpWhileCasesRun() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel("sleep=0.3"))
                .multiPart("file", "b.idf", JobClient.fakeModel("sleep=0.3"))
                .multiPart("file", "c.idf", JobClient.fakeModel("sleep=0.3"))
                .multiPart("file", "w1.epw", JobClient.weather())
                .multiPart("file", "w2.epw", JobClient.weather()));
        boolean sawRunning = false;
        long deadline = System.nanoTime() + LIMIT.toNanos();
        JsonPath s;
        do {
            s = client.status(id);
            int[] p = JobClient.progress(s.getString("data.progress"));
            assertEquals(p[0], p[1] + p[2] + p[3] + p[4] + p[5] + p[6], s.getString("data.progress"));
            sawRunning |= s.getInt("data.cases.running") > 0;
            assertTrue(s.getInt("data.cases.running") <= 4,
                    "at most JESS_WORKERS=4 cases run at once: " + s.getMap("data.cases"));
            if (!s.getString("data.status").equals("FINISHED")) {
                assertEquals(s.getString("data.status"), s.getString("data.status").matches("UNPACKED|ACCEPTED|QUEUED")
                        ? s.getString("data.status") : "unexpected");
            }
            Thread.sleep(20);
        } while (!s.getString("data.status").equals("FINISHED") && System.nanoTime() < deadline);
        assertTrue(sawRunning, "a poll saw running cases");
        assertEquals("6, 0, 0, 0, 0, 0, 6", s.getString("data.progress"));
    }

    @Test
    void aJobOfOneCaseIsFlatAsJessKeepsIt() throws Exception {
        byte[] model = JobClient.fakeModel();
        long id = client.submitOk(given().multiPart("file", "in.idf", model).multiPart("file", "in.epw", JobClient.weather()));
        assertEquals("FINISHED", client.awaitTerminal(id, LIMIT).getString("data.status"));
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/eplusout.err")).then().statusCode(200)
                .body(containsString("EnergyPlus Completed Successfully"));
        assertArrayEquals(model, client.request().get(client.url("/jess_web/api/job/file/" + id + "/in.idf")).asByteArray(),
                "the upload is at the root under its own name");
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/input/in.idf")).then().body("ok", equalTo(false));
        List<String> names = zipNames(client.request().get(client.url("/jess_web/api/job/file/" + id)).asByteArray());
        assertTrue(names.containsAll(List.of("in.idf", "in.epw", "console.log", "eplusout.end", "eplusout.err",
                "eplustbl.csv", "job_summary.csv")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("/") || n.startsWith(".")), "all at the top: " + names);
    }

    @Test
    void aModelNamedLikeTheSummaryNeitherHangsNorReplacesIt() throws Exception {
        long id = client.submitOk(given().multiPart("file", "job_summary.csv.idf", JobClient.fakeModel())
                .multiPart("file", "jess_x.idf", JobClient.fakeModel())
                .multiPart("file", "input.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather()));
        assertEquals("3, 0, 0, 0, 0, 0, 3", client.awaitTerminal(id, LIMIT).getString("data.progress"));
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/job_summary.csv")).then().statusCode(200)
                .body(containsString("case,name,model"));
        for (String folder : List.of("job_summary.csv_2", "case_jess_x", "input_2")) {
            client.request().get(client.url("/jess_web/api/job/file/" + id + "/" + folder + "/eplusout.end")).then()
                    .statusCode(200).body(containsString("Completed Successfully"));
        }
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/input/input.idf")).then().statusCode(200);
    }

    private static List<String> zipNames(byte[] zip) throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void idsThatAreNotPlainDecimalsInRangeNameNoJob() throws Exception {
        long id = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(id, LIMIT);
        String huge = "18446744073709551617";
        for (String bad : List.of("0" + id, huge, "+" + id)) {
            client.request().get(client.url("/jess_web/api/job/status/" + bad)).then().statusCode(200)
                    .body("ok", equalTo(false)).body("status", equalTo("Job " + bad + " is not accessible to user " + email));
            client.request().get(client.url("/jess_web/api/job/dir/" + bad)).then().statusCode(200)
                    .body("ok", equalTo(false)).body("status", equalTo("Invalid job id: " + bad));
            client.request().get(client.url("/jess_web/api/job/file/" + bad + "/eplusout.err")).then().statusCode(200)
                    .body("ok", equalTo(false)).body("status", equalTo("Invalid job id: " + bad));
        }
        api.json("{\"cmd\":\"Cancel\"}").cookie("session_token", token()).post(client.url("/jess_web/api/job/" + huge))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("Job " + huge + " is not found or not cancellable"));
        api.json("{\"ids\":[" + huge + "],\"dry_run\":true}").cookie("session_token", token())
                .post(client.url("/jess_web/api/jobs/cancel")).then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("Invalid job id: " + huge));
    }

    @Test
    void anIdWithASemicolonIsRefusedAsGivenAndNotReadAsItsFirstPart() throws Exception {
        long id = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel("sleep=30"))
                .multiPart("file", "in.epw", JobClient.weather()));
        String bad = id + ";2";
        // sent as written: RestAssured would otherwise escape the ';' itself
        client.request().urlEncodingEnabled(false).get(client.url("/jess_web/api/job/status/" + bad)).then().statusCode(200)
                .body("ok", equalTo(false)).body("status", equalTo("Job " + bad + " is not accessible to user " + email));
        for (String path : List.of("job/dir/" + bad, "job/file/" + bad, "job/file/" + bad + "/in.epw", "job/text/" + bad + "/in.epw")) {
            client.request().urlEncodingEnabled(false).get(client.url("/jess_web/api/" + path)).then().statusCode(200)
                    .body("ok", equalTo(false)).body("status", equalTo("Invalid job id: " + bad));
        }
        api.json("{\"cmd\":\"Cancel\"}").urlEncodingEnabled(false).cookie("session_token", token())
                .post(client.url("/jess_web/api/job/" + bad)).then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("Job " + bad + " is not found or not cancellable"));
        assertEquals(false, client.status(id).getBoolean("data.cancel_Flag"), "job " + id + " was not the one named");
        api.json("{\"cmd\":\"Cancel\"}").cookie("session_token", token()).post(client.url("/jess_web/api/job/" + id))
                .then().body("ok", equalTo(true));
    }

    @Test
    void failedCaseKeepsItsLogs() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "bad.idf", JobClient.fakeModel("exit=3"))
                .multiPart("file", "in.epw", JobClient.weather()));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("FINISHED", s.getString("data.status"));
        assertEquals("1, 1, 0, 0, 0, 0, 0", s.getString("data.progress"));
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/console.log")).then().statusCode(200);
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/eplusout.err")).then().statusCode(200);
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/job_summary.csv")).then().statusCode(200)
                .body(containsString("FAILED")).body(containsString("code 3"));
    }

    @Test
    void fatalErrorIsAFailedCase() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "fatal.idf", JobClient.fakeModel("fatal"))
                .multiPart("file", "in.epw", JobClient.weather()));
        assertEquals("1, 1, 0, 0, 0, 0, 0", client.awaitTerminal(id, LIMIT).getString("data.progress"));
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/job_summary.csv")).then()
                .body(containsString("Fatal Error"));
    }

    @Test
    void hangingCaseTimesOut() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "hang.idf", JobClient.fakeModel("hang", "children=1"))
                .multiPart("file", "in.epw", JobClient.weather()));
        // JESS_CASE_TIMEOUT is 20 s in the test server
        JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(90));
        assertEquals("1, 1, 0, 0, 0, 0, 0", s.getString("data.progress"));
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/job_summary.csv")).then()
                .body(containsString("Timed out"));
    }

    @Test
    void modelVersionWithoutEngineIsRejected() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", JobClient.FIXTURES.resolve("job_example/5ZoneAirCooled-v93.idf").toFile())
                .multiPart("file", JobClient.FIXTURES.resolve("job_example/in.epw").toFile()));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("REJECTED", s.getString("data.status"));
        assertEquals("1, 0, 1, 0, 0, 0, 0", s.getString("data.progress"));
        String info = s.getString("data.status_Info");
        assertTrue(info.contains("version 9.3") && info.contains("99.1"), info);
        assertNotNull(s.get("data.completion_Time"));
    }

    @Test
    void mixedVersionsRunWhatCanRun() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", JobClient.FIXTURES.resolve("job_example/5ZoneAirCooled-v93.idf").toFile())
                .multiPart("file", "ok.idf", JobClient.fakeModel())
                .multiPart("file", JobClient.FIXTURES.resolve("job_example/in.epw").toFile()));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("FINISHED", s.getString("data.status"));
        assertEquals("2, 0, 1, 0, 0, 0, 1", s.getString("data.progress"));
    }

    @Test
    void anotherUsersJobIsLikeAMissingOne() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(id, LIMIT);
        String other = api.newUser("other");
        JobClient intruder = new JobClient(api, api.token(other, Api.PASSWORD));
        for (String path : List.of("/jess_web/api/job/status/", "/jess_web/api/job/dir/", "/jess_web/api/job/file/")) {
            intruder.request().get(api.url(path + id)).then().statusCode(200)
                    .body("ok", equalTo(false)).body("data", equalTo(null))
                    .body("status", equalTo("Job " + id + " is not accessible to user " + other));
            intruder.request().get(api.url(path + "999999")).then().statusCode(200)
                    .body("status", equalTo("Job 999999 is not accessible to user " + other));
        }
        intruder.request().get(api.url("/jess_web/api/job/file/" + id + "/eplusout.end")).then()
                .body("ok", equalTo(false));
        intruder.request().get(api.url("/jess_web/api/jobs")).then().body("data.job_SN", not(hasItem((int) id)));
        intruder.request().get(api.url("/jess_web/api/job/status/abc")).then().body("ok", equalTo(false))
                .body("status", equalTo("Job abc is not accessible to user " + other));
    }

    @Test
    void listShowsEveryFieldAndFilters() throws Exception {
        long done = client.submitOk(given().multiPart("title", "listed").multiPart("desc", "d")
                .multiPart("file", "m.idf", JobClient.fakeModel("burn=0.8")).multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(done, LIMIT);
        JsonPath list = client.request().get(client.url("/jess_web/api/jobs")).then().statusCode(200).extract().jsonPath();
        assertTrue(list.getBoolean("ok"));
        assertTrue(list.getString("status").endsWith(" jobs available"), list.getString("status"));
        Map<String, Object> job = list.getMap("data.find { it.job_SN == " + done + " }");
        assertEquals("listed", job.get("job_Name"));
        assertEquals("d", job.get("job_Desc"));
        assertEquals("EP_IDF", job.get("job_Type"));
        assertEquals(1, job.get("njobs"));
        assertEquals("FINISHED", job.get("status"));
        assertEquals("Job finished. Results collected into tables.", job.get("message"));
        assertEquals("1, 0, 0, 0, 0, 0, 1", job.get("progress"));
        for (String stage : List.of("received", "accepted", "prepared", "simulated", "collected")) {
            assertNotNull(job.get(stage), stage);
        }
        assertNull(job.get("cancelled"));
        assertTrue(((Number) job.get("submissionSize")).longValue() > 1_000_000, "the weather file was uploaded");
        assertTrue(((Number) job.get("storageSize")).longValue() > ((Number) job.get("submissionSize")).longValue());
        assertTrue(((Number) job.get("resultSize")).longValue() > 0);
        assertTrue(job.get("cputime") instanceof Integer, "cputime is whole seconds: " + job);
        assertTrue((Integer) job.get("cputime") >= 1, "cputime counts the case's CPU: " + job);
        assertEquals("ALL", job.get("job_Subset"));
        assertEquals("", job.get("job_Args"));

        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        api.json("{\"since\":\"" + today + "\",\"till\":\"" + today + "\",\"status\":\"FINISHED,REJECTED\"}")
                .cookie("session_token", token())
                .post(client.url("/jess_web/api/jobs")).then().body("data.job_SN", hasItem((int) done));
        api.json("{\"since\":\"" + tomorrow + "\"}").cookie("session_token", token())
                .post(client.url("/jess_web/api/jobs")).then().body("ok", equalTo(true)).body("data.size()", equalTo(0));
        api.json("{\"status\":[\"QUEUED\"]}").cookie("session_token", token())
                .post(client.url("/jess_web/api/jobs")).then().body("data.job_SN", not(hasItem((int) done)));
        api.json("{\"since\":\"2020-13-45\"}").cookie("session_token", token())
                .post(client.url("/jess_web/api/jobs")).then().body("ok", equalTo(false))
                .body("status", containsString("'since' is not a date"));
        api.json("{\"status\":\"DONE\"}").cookie("session_token", token())
                .post(client.url("/jess_web/api/jobs")).then().body("ok", equalTo(false))
                .body("status", containsString("Unknown job status 'DONE'"));
    }

    private String token() {
        return api.token(email, Api.PASSWORD);
    }
}
