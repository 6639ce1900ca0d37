package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /jess_web/api/job/cases/<id>: a job's cases in case order, in pages, to their owner only. */
class JobCasesIT extends OnDeployedServer {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    Api api;
    String email;
    String token;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("cases");
        token = api.token(email, Api.PASSWORD);
        client = new JobClient(api, token);
    }

    private JsonPath cases(JobClient who, String idAndQuery) {
        return who.request().get(api.url("/jess_web/api/job/cases/" + idAndQuery)).then().statusCode(200)
                .extract().jsonPath();
    }

    private JsonPath casesOk(String idAndQuery) {
        JsonPath r = cases(client, idAndQuery);
        assertTrue(r.getBoolean("ok"), r.prettify());
        return r;
    }

    @Test
    void theCasesAreListedInCaseOrderWhileTheJobRunsAndAfter() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "b.idf", JobClient.fakeModel("exit=3"))
                .multiPart("file", "c.idf", JobClient.fakeModel("hang"))
                .multiPart("file", "w1.epw", JobClient.weather())
                .multiPart("file", "w2.epw", JobClient.weather()));
        client.awaitStatus(id, s -> s.getInt("data.cases.running") == 2 && s.getInt("data.cases.failed") == 2
                && s.getInt("data.cases.simulated") == 2, LIMIT);

        JsonPath running = casesOk(Long.toString(id));
        assertEquals(id + " cases available", running.getString("status"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), running.getList("data.case", Integer.class));
        assertEquals(List.of("a_w1", "a_w2", "b_w1", "b_w2", "c_w1", "c_w2"), running.getList("data.name"));
        assertEquals(List.of("a.idf", "a.idf", "b.idf", "b.idf", "c.idf", "c.idf"), running.getList("data.model"));
        assertEquals(List.of("w1.epw", "w2.epw", "w1.epw", "w2.epw", "w1.epw", "w2.epw"), running.getList("data.weather"));
        assertEquals(List.of("SIMULATED", "SIMULATED", "FAILED", "FAILED", "RUNNING", "RUNNING"),
                running.getList("data.state"));
        assertEquals(Arrays.asList(0, 0, 3, 3, null, null), running.getList("data.exit_code"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0), running.getList("data.cputime", Integer.class));
        assertTrue(running.getString("data[2].message").contains("exited with code 3"), running.getString("data[2].message"));
        assertNull(running.get("data[4].message"), "a running case has no message yet");
        // every field is there, nulls written, in the contract's order
        String raw = client.request().get(api.url("/jess_web/api/job/cases/" + id + "?after=4&limit=1")).asString();
        assertEquals("{\"ok\":true,\"status\":\"" + id + " cases available\",\"data\":[{\"case\":5,\"name\":\"c_w1\","
                + "\"model\":\"c.idf\",\"weather\":\"w1.epw\",\"state\":\"RUNNING\",\"exit_code\":null,\"cputime\":0,"
                + "\"message\":null}]}", raw);

        client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(api.url("/jess_web/api/job/" + id)).then().statusCode(200);
        assertEquals("CANCELED", client.awaitTerminal(id, LIMIT).getString("data.status"));
        JsonPath after = casesOk(Long.toString(id));
        assertEquals(List.of("SIMULATED", "SIMULATED", "FAILED", "FAILED", "CANCELLED", "CANCELLED"),
                after.getList("data.state"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), after.getList("data.case", Integer.class));
    }

    @Test
    void pagesWithLimitAndAfterJoinToTheWholeListOfALargeJob() throws Exception {
        long id = client.submitOk(given().multiPart("file", "p.zip", project(1001)).multiPart("type", "JEP")
                .multiPart("subset", "ALL"));
        client.awaitStatus(id, s -> s.getString("data.cases.total").equals("1001")
                && !s.getString("data.status").matches("UNPACKED|ACCEPTED"), LIMIT);

        List<Integer> firstThousand = casesOk(Long.toString(id)).getList("data.case", Integer.class);
        assertEquals(IntStream.rangeClosed(1, 1000).boxed().toList(), firstThousand, "without limit: the first 1000");
        assertEquals(List.of(1001), casesOk(id + "?after=1000").getList("data.case", Integer.class));
        assertEquals(List.of(), casesOk(id + "?after=1001").getList("data"));
        System.out.println("JobCasesIT: while the job runs, 1000 cases of 1001 listed in " + medianMillis(id + "?limit=1000")
                + " ms (median of 5), a page of 100 from case 900 in " + medianMillis(id + "?limit=100&after=900") + " ms");

        client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(api.url("/jess_web/api/job/" + id)).then().statusCode(200);
        client.awaitTerminal(id, LIMIT);
        System.out.println("JobCasesIT: after the job, 1000 cases of 1001 listed in " + medianMillis(id + "?limit=1000")
                + " ms (median of 5), a page of 100 from case 900 in " + medianMillis(id + "?limit=100&after=900") + " ms");
        List<String> whole = new ArrayList<>(casesOk(id + "?limit=1000").getList("data.name"));
        whole.addAll(casesOk(id + "?after=1000").getList("data.name"));
        List<String> paged = new ArrayList<>();
        int last = 0;
        for (int pages = 0; pages < 10; pages++) {
            JsonPath page = casesOk(id + "?limit=300&after=" + last);
            List<Integer> numbers = page.getList("data.case", Integer.class);
            if (numbers.isEmpty()) {
                break;
            }
            assertTrue(numbers.size() <= 300);
            assertEquals(IntStream.rangeClosed(last + 1, last + numbers.size()).boxed().toList(), numbers);
            paged.addAll(page.getList("data.name"));
            last = numbers.get(numbers.size() - 1);
        }
        assertEquals(1001, whole.size());
        assertEquals(whole, paged, "the pages join to the whole list");
        assertEquals(whole.subList(10, 13), casesOk(id + "?after=10&limit=3").getList("data.name"));
    }

    @Test
    void anotherUsersJobAndAMissingJobGetTheRefusalOfStatus() throws Exception {
        JobClient other = new JobClient(api, api.token(api.newUser("cases-other"), Api.PASSWORD));
        long theirs = other.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        assertTrue(cases(other, Long.toString(theirs)).getBoolean("ok"), "the owner sees it");
        for (String id : List.of(Long.toString(theirs), "999999999", "abc")) {
            JsonPath r = cases(client, id);
            assertFalse(r.getBoolean("ok"), id);
            assertEquals("Job " + id + " is not accessible to user " + email, r.getString("status"));
            assertNull(r.get("data"), id);
            String statusRefusal = client.request().get(api.url("/jess_web/api/job/status/" + id)).jsonPath()
                    .getString("status");
            assertEquals(statusRefusal, r.getString("status"), "the same refusal as job/status");
        }
        // administrators too see their own jobs only, as with job/status
        JobClient admin = new JobClient(api, api.adminToken());
        assertEquals("Job " + theirs + " is not accessible to user " + Api.ADMIN_EMAIL,
                cases(admin, Long.toString(theirs)).getString("status"));
    }

    @Test
    void aBadLimitOrAfterIsRefusedNamingIt() throws Exception {
        long id = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        Map<String, String> refusals = new LinkedHashMap<>();
        for (String limit : List.of("0", "1001", "abc", "-5", "2.5", "")) {
            refusals.put("limit=" + limit, "'limit'");
        }
        for (String after : List.of("-1", "x", "99999999999")) {
            refusals.put("after=" + after, "'after'");
        }
        refusals.put("limit=10&after=1.0", "'after'");
        refusals.forEach((query, name) -> {
            JsonPath r = cases(client, id + "?" + query);
            assertFalse(r.getBoolean("ok"), query);
            assertTrue(r.getString("status").startsWith("Parameter " + name + " must be "), query + ": " + r.getString("status"));
            assertNull(r.get("data"), query);
        });
        assertEquals("Parameter 'limit' must be a whole number from 1 to 1000, not '1001'",
                cases(client, id + "?limit=1001").getString("status"));
        assertEquals(1, casesOk(id + "?limit=1&after=0").getList("data").size());
    }

    @Test
    void withoutLogOnIs401() {
        given().get(api.url("/jess_web/api/job/cases/1")).then().statusCode(401)
                .body("ok", equalTo(false)).body("data", nullValue());
    }

    @Test
    void theCallIsDescribedWithItsPagingParameters() {
        JsonPath doc = given().accept("application/json").get(api.url("/openapi?format=JSON")).then().statusCode(200)
                .extract().jsonPath();
        String op = "paths.'/jess_web/api/job/cases/{id}'.get";
        assertEquals("jobCases", doc.getString(op + ".operationId"));
        assertEquals(Set.of("id", "limit", "after"), Set.copyOf(doc.getList(op + ".parameters.name")));
        assertEquals(List.of("integer", "integer"), doc.getList(op + ".parameters.findAll { it.in == 'query' }.schema.type"));
        assertEquals(Set.of("case", "name", "model", "weather", "state", "exit_code", "cputime", "message"),
                doc.getMap("components.schemas.JobCase.properties").keySet());
    }

    /** The server's time for the reply, read as text: RestAssured's JSON parsing of 1000 cases would weigh more. */
    private long medianMillis(String idAndQuery) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(api.url("/jess_web/api/job/cases/" + idAndQuery)))
                .header("Cookie", "session_token=" + token).build();
        long[] times = new long[6];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            String body = http.send(get, HttpResponse.BodyHandlers.ofString()).body();
            times[i] = (System.nanoTime() - start) / 1_000_000;
            assertTrue(body.startsWith("{\"ok\":true"), body);
        }
        // the first call (a new connection, a query not yet prepared) is left out
        long[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    /** A jEPlus project of one parameter with n values: n cases, instant on the stand-in engine. */
    private static byte[] project(int n) throws Exception {
        String json = "{\"projectID\": \"G\", \"weatherDir\": \"./\", \"weatherFile\": \"in.epw\", \"idfdir\": \"./\","
                + " \"idftemplate\": \"model.idf\", \"parameters\": [{\"id\": \"P0\", \"name\": \"P0\", \"searchString\":"
                + " \"@@n@@\", \"type\": \"INTEGER\", \"valuesString\": \"[1:1:" + n + "]\", \"selectedAltValue\": 0}],"
                + " \"execSettings\": {\"subSet\": -1}}";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("proj/project.json", json.getBytes(StandardCharsets.UTF_8));
        files.put("proj/model.idf", "Version,8.9;\n! n=@@n@@\n".getBytes(StandardCharsets.UTF_8));
        files.put("proj/in.epw", JobClient.weather());
        return JobClient.zip(files);
    }
}
