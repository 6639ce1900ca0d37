package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cheap polls: the status reply's ETag and 304, and the job list in pages. */
class StatusPollIT extends OnDeployedServer {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    Api api;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        client = new JobClient(api, api.token(api.newUser("poll"), Api.PASSWORD));
    }

    private Response poll(long id, String ifNoneMatch) {
        var r = client.request();
        if (ifNoneMatch != null) {
            r = r.header("If-None-Match", ifNoneMatch);
        }
        return r.get(api.url("/jess_web/api/job/status/" + id));
    }

    @Test
    void anUnchangedJobAnswers304UntilItChanges() throws Exception {
        long id = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel("hang"))
                .multiPart("file", "in.epw", JobClient.weather()));
        client.awaitStatus(id, s -> s.getInt("data.cases.running") == 1, LIMIT);
        Response full = poll(id, null);
        assertTrue(full.asString().contains("\"completion_Time\":null,"), "null until the job ends (§1): " + full.asString());
        String tag = full.header("ETag");
        assertTrue(tag != null && tag.matches("\"[0-9a-f]{32}\""), "a strong, quoted tag: " + tag);
        assertEquals(tag, poll(id, null).header("ETag"), "the same state, the same tag");

        for (String header : List.of(tag, "*", "\"other\", " + tag, "W/" + tag)) {
            Response r = poll(id, header);
            assertEquals(304, r.statusCode(), header);
            assertEquals("", r.asString(), "no body");
            assertEquals(tag, r.header("ETag"));
        }
        assertEquals(200, poll(id, "\"other\"").statusCode());

        // a cancel is a visible change: the old tag no longer matches
        client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(api.url("/jess_web/api/job/" + id)).then().statusCode(200);
        Response changed = poll(id, tag);
        assertEquals(200, changed.statusCode());
        assertTrue(changed.jsonPath().getBoolean("data.cancel_Flag"));
        assertNotEquals(tag, changed.header("ETag"));
        String ended = client.awaitTerminal(id, LIMIT).getString("data.status");
        assertEquals("CANCELED", ended);
        String last = poll(id, null).header("ETag");
        assertEquals(304, poll(id, last).statusCode());
    }

    @Test
    void aRefusalCarriesNoTagAndNeverAnswers304() {
        Response r = poll(999999999L, "*");
        assertEquals(200, r.statusCode());
        assertFalse(r.jsonPath().getBoolean("ok"));
        assertNull(r.header("ETag"));
    }

    @Test
    void theJobListComesInPagesNewestFirst() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", JobClient.weather())));
        }
        assertEquals(ids, list("{}"), "without a page, the list is as before: oldest first");
        assertEquals(ids, list(null));
        assertEquals(List.of(ids.get(4), ids.get(3)), list("{\"limit\": 2}"));
        assertEquals(List.of(ids.get(2), ids.get(1)), list("{\"limit\": 2, \"after\": " + ids.get(3) + "}"));
        assertEquals(List.of(ids.get(0)), list("{\"limit\": 2, \"after\": " + ids.get(1) + "}"));
        assertEquals(List.of(), list("{\"limit\": 2, \"after\": " + ids.get(0) + "}"));
        assertEquals(List.of(ids.get(1), ids.get(0)), list("{\"after\": " + ids.get(2) + "}"));
        // the page's filter applies as before; GET with a body pages as POST does
        List<Long> viaGet = client.request().contentType("application/json").body("{\"limit\": 1}")
                .get(api.url("/jess_web/api/jobs")).jsonPath().getList("data.job_SN", Long.class);
        assertEquals(List.of(ids.get(4)), viaGet);
    }

    @Test
    void aLimitOutsideOneToAThousandIsRefusedNamingIt() {
        for (String limit : List.of("0", "1001", "\"lots\"")) {
            JsonPath r = client.request().contentType("application/json").body("{\"limit\": " + limit + "}")
                    .post(api.url("/jess_web/api/jobs")).then().statusCode(200).extract().jsonPath();
            assertFalse(r.getBoolean("ok"), limit);
            assertTrue(r.getString("status").contains("'limit'"), r.getString("status"));
        }
    }

    private List<Long> list(String filter) {
        var r = client.request();
        if (filter != null) {
            r = r.contentType("application/json").body(filter);
        }
        JsonPath reply = r.post(api.url("/jess_web/api/jobs")).then().statusCode(200).extract().jsonPath();
        assertTrue(reply.getBoolean("ok"), reply.prettify());
        return reply.getList("data.job_SN", Long.class);
    }
}
