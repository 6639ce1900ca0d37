package org.jessserver.live.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jessserver.testing.Api;
import org.jessserver.testing.Await;
import org.jessserver.testing.EventStream;
import org.jessserver.testing.EventStream.Event;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live status streams: one job followed to its end, all of a user's jobs, refusals, and the end of a session. */
class LiveStreamsIT extends OnDeployedServer {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    Api api;
    String token;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        String email = api.newUser("live");
        token = api.token(email, Api.PASSWORD);
        client = new JobClient(api, token);
    }

    @Test
    void aJobStreamFollowsItsJobFromQueuedToFinishedAndEnds() throws Exception {
        long id = client.submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel("sleep=1"))
                .multiPart("file", "b.idf", JobClient.fakeModel("sleep=2.5"))
                .multiPart("file", "c.idf", JobClient.fakeModel("sleep=4"))
                .multiPart("file", "in.epw", JobClient.weather()));
        try (EventStream stream = EventStream.open(api.url("/jess_web/api/job/events/" + id), token, null)) {
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            List<JsonPath> seen = new ArrayList<>();
            JsonPath last;
            do {
                Event e = stream.next(LIMIT);
                assertEquals("status", e.name());
                last = JsonPath.from(e.data());
                assertEquals(String.valueOf(last.getLong("last_Update")), e.id(), "the id is the last update");
                seen.add(last);
            } while (!last.getString("status").equals("FINISHED"));
            List<String> statuses = seen.stream().map(s -> s.getString("status")).distinct().toList();
            assertTrue(statuses.contains("QUEUED") && statuses.indexOf("QUEUED") < statuses.indexOf("FINISHED"),
                    statuses.toString());
            // cases that end seconds apart: the timer sends the progress between them too
            long progressWhileQueued = seen.stream().filter(s -> s.getString("status").equals("QUEUED"))
                    .map(s -> s.getString("progress")).distinct().count();
            assertTrue(progressWhileQueued >= 2, "the cases' progress is sent too: "
                    + seen.stream().map(s -> s.getString("status") + " " + s.getString("progress")).toList());
            // the event is exactly the data of a status poll
            assertEquals(client.status(id).getMap("data"), last.getMap(""));
            Await.until("the stream ends after the job's last state", Duration.ofSeconds(10), stream::ended);
            assertTrue(stream.drain().isEmpty(), "nothing after the terminal state");
        }
    }

    @Test
    void anEndedJobsStreamSendsItsStateOnceAndAClientThatHasItGets204() throws Exception {
        long id = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        JsonPath done = client.awaitTerminal(id, LIMIT);
        String url = api.url("/jess_web/api/job/events/" + id);
        try (EventStream stream = EventStream.open(url, token, null)) {
            Event e = stream.next(Duration.ofSeconds(10));
            assertEquals(done.getMap("data"), JsonPath.from(e.data()).getMap(""));
            Await.until("the stream of an ended job ends at once", Duration.ofSeconds(10), stream::ended);
            try (EventStream again = EventStream.open(url, token, e.id())) {
                assertEquals(204, again.status(), "an EventSource stops reconnecting on 204");
            }
        }
    }

    @Test
    void aMissingJobOrAnotherUsersJobGetsTheStatusRefusalAsJson() throws Exception {
        String other = api.newUser("live-other");
        long theirs = new JobClient(api, api.token(other, Api.PASSWORD)).submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather()));
        for (String id : List.of(String.valueOf(theirs), "999999999", "x")) {
            Response r = client.request().accept("text/event-stream").get(api.url("/jess_web/api/job/events/" + id));
            assertEquals(200, r.statusCode());
            assertTrue(r.contentType().startsWith("application/json"), r.contentType());
            Response poll = client.request().get(api.url("/jess_web/api/job/status/" + id));
            assertEquals(poll.jsonPath().getMap(""), r.jsonPath().getMap(""), "the same refusal as a status poll");
            assertFalse(r.jsonPath().getBoolean("ok"));
        }
        Response anonymous = given().accept("text/event-stream").get(api.url("/jess_web/api/jobs/events"));
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void theStreamOfAllJobsCarriesTheCallersJobsOnlyAndStaysOpen() throws Exception {
        String other = api.newUser("live-other");
        JobClient theirs = new JobClient(api, api.token(other, Api.PASSWORD));
        try (EventStream stream = EventStream.open(api.url("/jess_web/api/jobs/events"), token, null)) {
            assertEquals(200, stream.status());
            long mine = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel("sleep=0.5"))
                    .multiPart("file", "in.epw", JobClient.weather()));
            long notMine = theirs.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel("sleep=0.5"))
                    .multiPart("file", "in.epw", JobClient.weather()));
            JsonPath last;
            do {
                last = JsonPath.from(stream.next(LIMIT).data());
                assertEquals(mine, last.getLong("job_ID"), "only the caller's jobs");
            } while (!last.getString("status").equals("FINISHED"));
            theirs.awaitTerminal(notMine, LIMIT);
            // a second job of the caller comes on the same stream: it did not end with the first
            long second = client.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", JobClient.weather()));
            do {
                last = JsonPath.from(stream.next(LIMIT).data());
            } while (last.getLong("job_ID") != second || !last.getString("status").equals("FINISHED"));
            assertFalse(stream.ended());
        }
    }

    @Test
    void aQuietStreamGetsKeepAlivesAndEndsWhenItsSessionIsLoggedOff() throws Exception {
        String email = api.newUser("live-logoff");
        String first = api.token(email, Api.PASSWORD);
        String second = api.token(email, Api.PASSWORD);
        JobClient viaSecond = new JobClient(api, second);
        long id = viaSecond.submitOk(given().multiPart("file", "a.idf", JobClient.fakeModel("hang"))
                .multiPart("file", "in.epw", JobClient.weather()));
        viaSecond.awaitStatus(id, s -> s.getInt("data.cases.running") == 1, LIMIT);
        try (EventStream stream = EventStream.open(api.url("/jess_web/api/job/events/" + id), first, null)) {
            assertEquals("QUEUED", JsonPath.from(stream.next(Duration.ofSeconds(10)).data()).getString("status"));
            Await.until("a keep-alive comment on the quiet stream", Duration.ofSeconds(20),
                    () -> stream.comments().contains("keep-alive"));
            given().cookie("session_token", first).post(api.url("/users/api/logout")).then().statusCode(200);
            Await.until("the stream ends with its session", Duration.ofSeconds(15), stream::ended);
        } finally {
            viaSecond.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                    .post(api.url("/jess_web/api/job/" + id)).then().statusCode(200);
        }
    }
}
