package org.jessserver.monitor.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.function.Predicate;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.MetricsPage;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /metrics: for administrators and the metrics token only, and its counters follow runs, cancels and log-ons. */
class MetricsIT extends OnDeployedServer {

    /** As set for the test server in pom.xml (failsafe's environment). */
    private static final String TOKEN = "it-metrics-token-1";
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String STARTED = "jess_cases_started_total";
    private static final String SIMULATED = "jess_cases_ended_total{outcome=\"simulated\"}";
    private static final String CANCELLED = "jess_cases_ended_total{outcome=\"cancelled\"}";
    private static final String RUNS = "jess_case_run_seconds_count";
    private static final String SINGLE = "jess_cancel_requests_total{kind=\"single\"}";
    private static final String BULK = "jess_cancel_requests_total{kind=\"bulk\"}";
    private static final String CANCEL_TIMES = "jess_cancel_seconds_count";
    private static final String WRONG_LOGONS = "jess_logon_failures_total{reason=\"wrong_credentials\"}";

    Api api;
    JobClient client;
    String userToken;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        userToken = api.token(api.newUser("metrics"), Api.PASSWORD);
        client = new JobClient(api, userToken);
    }

    @Test
    void anonymousCallersWrongTokensAndUsersGetTheEnvelopeNeverTheFigures() {
        assertRefused(given(), 401);
        assertRefused(given().header("Authorization", "Bearer not-" + TOKEN), 401);
        assertRefused(given().header("Authorization", "Bearer " + TOKEN.substring(1)), 401);
        assertRefused(given().cookie("session_token", userToken), 403);
        assertRefused(given().header("Authorization", "Bearer " + userToken), 403);
    }

    @Test
    void anAdministratorsSessionAndTheTokenReadThePrometheusText() {
        String admin = api.adminToken();
        for (RequestSpecification allowed : new RequestSpecification[] {given().cookie("session_token", admin),
            given().header("Authorization", "Bearer " + admin), given().header("Authorization", "Bearer " + TOKEN)}) {
            Response r = allowed.get(api.url("/metrics"));
            assertEquals(200, r.statusCode(), r.asString());
            assertTrue(r.contentType().startsWith("text/plain") && r.contentType().contains("version=0.0.4"),
                    r.contentType());
            assertTrue(r.asString().contains("# TYPE jess_case_run_seconds histogram\n"), r.asString());
        }
        MetricsPage page = scrape();
        assertTrue(page.text().contains("# HELP jess_jobs Jobs by status (database-wide: every instance reports"
                + " the same value)\n# TYPE jess_jobs gauge\n"), page.text());
        page.value("jess_queue_depth");
        page.value("jess_cases{state=\"QUEUED\"}");
    }

    @Test
    void runsMoveTheStartedEndedAndRunTimeFiguresAndTheJobGauges() throws Exception {
        MetricsPage before = scrape();
        long id = client.submitOk(given().multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "b.idf", JobClient.fakeModel("sleep=0.6"))
                .multiPart("file", "c.idf", JobClient.fakeModel()));
        assertEquals("FINISHED", client.awaitTerminal(id, LIMIT).getString("data.status"));
        MetricsPage after = awaitPage(p -> p.value(RUNS) >= before.value(RUNS) + 3);
        assertEquals(before.value(STARTED) + 3, after.value(STARTED));
        assertEquals(before.value(SIMULATED) + 3, after.value(SIMULATED));
        assertEquals(before.value(RUNS) + 3, after.value(RUNS));
        assertTrue(after.value("jess_case_run_seconds_sum") - before.value("jess_case_run_seconds_sum") >= 0.6,
                after.text());
        assertTrue(after.value("jess_case_run_seconds_bucket{le=\"+Inf\"}") == after.value(RUNS), after.text());
        assertEquals(before.value("jess_jobs{status=\"FINISHED\"}") + 1, after.value("jess_jobs{status=\"FINISHED\"}"));
        assertEquals(before.value("jess_cases{state=\"FINISHED\"}") + 3, after.value("jess_cases{state=\"FINISHED\"}"));
    }

    @Test
    void cancelRequestsSingleAndBulkAreCountedAndTheirWaitTimed() throws Exception {
        MetricsPage before = scrape();
        long single = hangingJob();
        JsonPath flagged = client.request().contentType("application/json").body("{\"cmd\":\"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + single)).then().statusCode(200).extract().jsonPath();
        assertTrue(flagged.getBoolean("ok"), flagged.prettify());
        assertEquals("CANCELED", client.awaitTerminal(single, LIMIT).getString("data.status"));
        MetricsPage afterSingle = awaitPage(p -> p.value(CANCEL_TIMES) >= before.value(CANCEL_TIMES) + 1);
        assertEquals(before.value(SINGLE) + 1, afterSingle.value(SINGLE));
        assertEquals(before.value(CANCEL_TIMES) + 1, afterSingle.value(CANCEL_TIMES));
        assertEquals(before.value(CANCELLED) + 1, afterSingle.value(CANCELLED), "its running case was stopped");
        assertTrue(afterSingle.value("jess_cancel_seconds_sum") > before.value("jess_cancel_seconds_sum"));

        long bulk = hangingJob();
        JsonPath many = client.request().contentType("application/json").body("{\"ids\":[" + bulk + "]}")
                .post(client.url("/jess_web/api/jobs/cancel")).then().statusCode(200).extract().jsonPath();
        assertTrue(many.getBoolean("ok"), many.prettify());
        assertEquals("CANCELED", client.awaitTerminal(bulk, LIMIT).getString("data.status"));
        MetricsPage afterBulk = awaitPage(p -> p.value(CANCEL_TIMES) >= before.value(CANCEL_TIMES) + 2);
        assertEquals(before.value(BULK) + 1, afterBulk.value(BULK));
        assertEquals(before.value(SINGLE) + 1, afterBulk.value(SINGLE));
    }

    @Test
    void aWrongPasswordCountsAsALogonFailure() {
        double before = scrape().value(WRONG_LOGONS);
        JsonPath r = api.logon(Api.ADMIN_EMAIL, "not-the-password").then().statusCode(200).extract().jsonPath();
        assertFalse(r.getBoolean("ok"), r.prettify());
        assertEquals(before + 1, scrape().value(WRONG_LOGONS));
    }

    /** A job whose one case runs until it is stopped; returns once the case runs. */
    private long hangingJob() throws InterruptedException {
        long id = client.submitOk(given().multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "h.idf", JobClient.fakeModel("hang")));
        client.awaitStatus(id, s -> s.getInt("data.cases.running") == 1, LIMIT);
        return id;
    }

    private void assertRefused(RequestSpecification request, int status) {
        Response r = request.get(api.url("/metrics"));
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonPath body = r.jsonPath();
        assertFalse(body.getBoolean("ok"));
        assertNull(body.get("data"));
        assertFalse(body.getString("status").isBlank());
        assertFalse(r.asString().contains("jess_"), "no figures in a refusal: " + r.asString());
    }

    private MetricsPage scrape() {
        Response r = given().header("Authorization", "Bearer " + TOKEN).get(api.url("/metrics"));
        assertEquals(200, r.statusCode(), r.asString());
        return new MetricsPage(r.asString());
    }

    /** The counters move once the transaction that told them commits: polled for a few seconds. */
    private MetricsPage awaitPage(Predicate<MetricsPage> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        MetricsPage page = scrape();
        while (!condition.test(page)) {
            if (System.nanoTime() > deadline) {
                fail("the metrics did not move as expected:\n" + page.text());
            }
            Thread.sleep(100);
            page = scrape();
        }
        return page;
    }
}
