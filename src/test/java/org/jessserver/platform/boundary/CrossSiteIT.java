package org.jessserver.platform.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request that a browser marks as coming from another site changes nothing: 403 with the JSON envelope. */
@OnePass
class CrossSiteIT extends OnDeployedServer {

    Api api;
    String email;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("crosssite");
        client = new JobClient(api, api.token(email, Api.PASSWORD));
    }

    /** The marks a browser puts on a request that a page of another site (or a sandboxed one) makes. */
    private static Map<String, UnaryOperator<RequestSpecification>> crossSiteMarks() {
        return Map.of(
                "Origin evil", r -> r.header("Origin", "https://evil.example"),
                "Origin null", r -> r.header("Origin", "null"),
                "Sec-Fetch-Site cross-site", r -> r.header("Sec-Fetch-Site", "cross-site"),
                "Sec-Fetch-Site same-site", r -> r.header("Sec-Fetch-Site", "same-site"),
                "Origin other port", r -> r.header("Origin", "http://127.0.0.1:1"));
    }

    private String ownOrigin() {
        return "http://127.0.0.1:" + deployment.getPort();
    }

    private static ValidatableResponse refused(Response r, Object data) {
        ValidatableResponse v = r.then().statusCode(403)
                .contentType(startsWith("application/json"))
                .body("ok", equalTo(false))
                .body("status", startsWith("Cross-site request refused"))
                .body(not(containsString("<html")));
        return data == null ? v.body("data", nullValue()) : v.body("data", equalTo(data));
    }

    private RequestSpecification logonRequest() {
        return api.json("{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}");
    }

    @Test
    void aCrossSiteLogOnSetsNoCookie() {
        crossSiteMarks().forEach((mark, how) -> {
            for (String path : List.of("/users/api/auth", "/users/api/logon")) {
                Response r = how.apply(logonRequest()).post(api.url(path));
                refused(r, null);
                assertNull(r.getHeader("Set-Cookie"), mark + " " + path + ": " + r.getHeaders());
            }
        });
        String why = logonRequest().header("Origin", "null").post(api.url("/users/api/auth")).then().statusCode(403)
                .extract().path("status");
        assertEquals("Cross-site request refused: Origin null is not this server's", why);
    }

    @Test
    void sameOriginAndPlainClientsLogOn() {
        List<UnaryOperator<RequestSpecification>> fine = List.of(
                r -> r,
                r -> r.header("Origin", ownOrigin()),
                r -> r.header("Sec-Fetch-Site", "same-origin").header("Origin", ownOrigin()),
                r -> r.header("Sec-Fetch-Site", "none"));
        for (UnaryOperator<RequestSpecification> how : fine) {
            Response r = how.apply(logonRequest()).post(api.url("/users/api/auth"));
            r.then().statusCode(200).body("ok", equalTo(true));
            assertTrue(r.getCookie("session_token") != null, r.getHeaders().toString());
        }
    }

    @Test
    void aCrossSiteCancelCancelsNothing() throws Exception {
        long id = client.submitOk(slowJob());
        crossSiteMarks().forEach((mark, how) -> {
            refused(how.apply(client.request().contentType("application/json").body("{\"cmd\": \"Cancel\"}"))
                    .post(client.url("/jess_web/api/job/" + id)), null);
            refused(how.apply(client.request().contentType("application/json").body("{\"all\": true}"))
                    .post(client.url("/jess_web/api/jobs/cancel")), null);
            // the HTML form's way: text/plain, no cookie needed to be refused before the log-on check
            refused(how.apply(given().contentType("text/plain").body(""))
                    .post(client.url("/jess_web/api/jobs/cancel")), null);
        });
        assertEquals(false, client.status(id).getBoolean("data.cancel_Flag"), "nothing was flagged");

        // the same calls from the server's own pages work
        client.request().header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/json").body("{\"cmd\": \"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + id)).then().statusCode(200).body("ok", equalTo(true));
        assertEquals(true, client.status(id).getBoolean("data.cancel_Flag"));
    }

    @Test
    void aCrossSiteSubmissionIsRefusedWithDataZero() {
        crossSiteMarks().forEach((mark, how) -> refused(how.apply(quickJob().cookie("session_token", token()))
                .post(client.url("/jess_web/api/job")), 0));
        List<?> jobs = client.request().get(client.url("/jess_web/api/jobs")).then().statusCode(200)
                .extract().path("data");
        assertEquals(List.of(), jobs, "no job was made");
        // and the same submission with the browser's same-origin marks is accepted
        long id = client.submitOk(quickJob().header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin"));
        assertTrue(id > 0);
    }

    @Test
    void aCrossSiteDeleteDeletesNothing() {
        client.request().multiPart("file", "x", "kept".getBytes(StandardCharsets.UTF_8))
                .post(client.url("/users/api/files/")).then().statusCode(200).body("ok", equalTo(true));
        crossSiteMarks().forEach((mark, how) -> refused(how.apply(client.request())
                .delete(client.url("/users/api/files/x")), null));
        assertEquals("kept", client.request().get(client.url("/users/api/files/x")).then().statusCode(200)
                .extract().asString());
        client.request().header("Sec-Fetch-Site", "same-origin").delete(client.url("/users/api/files/x"))
                .then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void readsFromAnotherSiteAreNotRefusedHere() {
        client.request().header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                .get(client.url("/users/api/user")).then().statusCode(200).body("ok", equalTo(true));
    }

    private String token() {
        return api.token(email, Api.PASSWORD);
    }

    private static RequestSpecification quickJob() {
        return given().multiPart("file", "in.epw", JobClient.weather()).multiPart("file", "q.idf", JobClient.fakeModel());
    }

    private static RequestSpecification slowJob() {
        return given().multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "s.idf", JobClient.fakeModel("hang"));
    }
}
