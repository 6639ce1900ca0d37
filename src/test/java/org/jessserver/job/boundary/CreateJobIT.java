package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Create command: jobs from a folder of the upload area or from an earlier job's files, and its refusals. */
class CreateJobIT extends OnDeployedServer {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    Api api;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        client = new JobClient(api, api.token(api.newUser("create"), Api.PASSWORD));
    }

    private void upload(String folder, String name, byte[] content) {
        client.request().multiPart("file", name, content).post(api.url("/users/api/files/" + folder)).then()
                .statusCode(200).body("ok", org.hamcrest.Matchers.equalTo(true));
    }

    private JsonPath create(String json) {
        return client.request().contentType(ContentType.JSON).body(json).post(api.url("/jess_web/api/job")).then()
                .statusCode(200).extract().jsonPath();
    }

    private long createOk(String json) {
        JsonPath r = create(json);
        assertTrue(r.getBoolean("ok"), r.prettify());
        assertEquals("Job " + r.getLong("data") + " is created", r.getString("status"));
        return r.getLong("data");
    }

    private void refused(String json, String expected) {
        JsonPath r = create(json);
        assertFalse(r.getBoolean("ok"), r.prettify());
        assertEquals(0L, ((Number) r.get("data")).longValue(), "a refused POST /job carries data 0");
        assertTrue(r.getString("status").contains(expected), "expected '" + expected + "' in: " + r.getString("status"));
    }

    @Test
    void aJobFromTheUploadAreaRunsOnACopyOfItsFiles() throws Exception {
        byte[] model = JobClient.fakeModel("sleep=1");
        upload("abc/example_e+v93", "m.idf", model);
        upload("abc/example_e+v93", "in.epw", JobClient.weather());
        upload("abc/example_e+v93", "other.epw", JobClient.weather());
        long id = createOk("{\"cmd\":\"Create\",\"caption\":\"My job\",\"description\":\"d\",\"uploadRef\":\"/abc/example_e+v93\","
                + "\"jobRef\":0,\"main\":\"m.idf\",\"weatherRef\":[\"in.epw\"],\"split\":false,\"subset\":\"DEFAULT\",\"caseList\":[]}");
        // the job has its own copy: deleting the folder now changes nothing for it
        client.request().delete(api.url("/users/api/files/abc")).then().statusCode(200);
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("1, 0, 0, 0, 0, 0, 1", s.getString("data.progress"), s.prettify());
        assertArrayEquals(model, client.request().get(api.url("/jess_web/api/job/file/" + id + "/m.idf")).asByteArray());
        client.request().get(api.url("/jess_web/api/job/file/" + id + "/other.epw")).then()
                .body("ok", org.hamcrest.Matchers.equalTo(false));
        JsonPath list = client.request().get(api.url("/jess_web/api/jobs")).jsonPath();
        assertEquals("My job", list.getString("data.find { it.job_SN == " + id + " }.job_Name"));
    }

    @Test
    void withoutMainAndWeatherTheBatchRuleApplies() throws Exception {
        upload("batch", "a.idf", JobClient.fakeModel());
        upload("batch", "b.idf", JobClient.fakeModel());
        upload("batch", "in.epw", JobClient.weather());
        long id = createOk("{\"cmd\":\"create\",\"uploadRef\":\"batch\"}");
        assertEquals("2, 0, 0, 0, 0, 0, 2", client.awaitTerminal(id, LIMIT).getString("data.progress"));
    }

    @Test
    void aJobRunsAgainFromAnEarlierJobsFiles() throws Exception {
        long flat = client.submitOk(given().multiPart("file", "in.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(flat, LIMIT);
        long again = createOk("{\"cmd\":\"Create\",\"jobRef\":" + flat + "}");
        assertEquals("1, 0, 0, 0, 0, 0, 1", client.awaitTerminal(again, LIMIT).getString("data.progress"));
        client.request().get(api.url("/jess_web/api/job/file/" + again + "/in.idf")).then().statusCode(200)
                .contentType("application/octet-stream");

        long batch = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "b.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(batch, LIMIT);
        long rerun = createOk("{\"cmd\":\"Create\",\"jobRef\":\"" + batch + "\",\"uploadRef\":\"\"}");
        assertEquals("2, 0, 0, 0, 0, 0, 2", client.awaitTerminal(rerun, LIMIT).getString("data.progress"));
    }

    @Test
    void createIsRefusedNamingWhatIsWrong() {
        upload("ok", "m.idf", JobClient.fakeModel());
        upload("ok", "in.epw", JobClient.weather());
        refused("{\"cmd\":\"Create\"}", "exactly one of 'uploadRef'");
        refused("{\"cmd\":\"Create\",\"uploadRef\":\"ok\",\"jobRef\":5}", "exactly one of 'uploadRef'");
        refused("{\"cmd\":\"Create\",\"uploadRef\":\"nothing-here\"}", "nothing-here is not found");
        refused("{\"cmd\":\"Create\",\"uploadRef\":\"../ok\"}", "");
        refused("{\"cmd\":\"Create\",\"uploadRef\":\"ok\",\"main\":\"x.idf\"}", "Model 'x.idf' is not among");
        refused("{\"cmd\":\"Create\",\"uploadRef\":\"ok\",\"weatherRef\":[\"nope.epw\"]}",
                "Weather file 'nope.epw' is not among the referenced files");
        refused("{\"cmd\":\"Create\",\"jobRef\":999999}", "Job 999999 of jobRef is not found among your jobs");
        refused("{\"cmd\":\"Create\",\"jobRef\":-3}", "'jobRef' must be a job id");
        refused("{\"cmd\":\"Create\",\"uploadRef\":\"ok\",\"split\":true}", "Not supported by this server yet: Run-period");
        refused("{\"cmd\":\"Delete\"}", "Unknown command 'Delete'");
        refused("{\"cmd\":", "Malformed JSON");
        refused("[1]", "must be a JSON object");
    }

    @Test
    void anotherUsersJobCannotBeRerun() throws Exception {
        long mine = client.submitOk(given().multiPart("file", "in.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        JobClient other = new JobClient(api, api.token(api.newUser("other"), Api.PASSWORD));
        JsonPath r = other.request().contentType(ContentType.JSON).body("{\"cmd\":\"Create\",\"jobRef\":" + mine + "}")
                .post(api.url("/jess_web/api/job")).jsonPath();
        assertFalse(r.getBoolean("ok"));
        assertEquals("Job " + mine + " of jobRef is not found among your jobs", r.getString("status"));
    }
}
