package org.jessserver.platform.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every reply says nosniff and how it may be cached; nothing tells a caller which libraries run the server. */
@OnePass
class HeadersIT extends OnDeployedServer {

    Api api;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        client = new JobClient(api, api.token(api.newUser("headers"), Api.PASSWORD));
    }

    private static void noStore(Response r) {
        r.then().header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
    }

    @Test
    void jsonRepliesAndErrors() {
        noStore(client.request().get(client.url("/users/api/user")).then().statusCode(200).extract().response());
        noStore(client.request().get(client.url("/jess_web/api/jobs")).then().statusCode(200).extract().response());
        noStore(given().get(api.url("/jess_web/api/info")).then().statusCode(200).extract().response());
        noStore(given().get(api.url("/users/api/user")).then().statusCode(401).extract().response());
        noStore(given().get(api.url("/jess_web/api/job/status/1")).then().statusCode(401).extract().response());
        noStore(client.request().get(client.url("/no/such/thing")).then().statusCode(404).extract().response());
        noStore(api.json("{}").header("Origin", "https://evil.example").post(api.url("/users/api/auth"))
                .then().statusCode(403).extract().response());
        Response logon = api.logon(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        noStore(logon.then().statusCode(200).extract().response());
    }

    /** Found by Schemathesis: a 405 must say which methods the resource has (RFC 9110). */
    @Test
    void aWrongMethodIsAnsweredWithTheAllowedOnes() {
        Response r = given().put(api.url("/jess_web/api/info")).then().statusCode(405).extract().response();
        assertEquals(List.of("GET", "OPTIONS"), List.of(r.header("Allow").replace(" ", "").split(",")).stream()
                .sorted().toList(), r.headers().toString());
        r.then().body("ok", equalTo(false));
    }

    @Test
    void downloads() throws Exception {
        // '%' makes ContentDisposition add the exact name as RFC 6266 filename*
        client.request().multiPart("file", "100% done.txt", "x".getBytes(StandardCharsets.UTF_8))
                .post(client.url("/users/api/files/h")).then().statusCode(200).body("ok", equalTo(true));
        Response file = client.request().get(client.url("/users/api/files/h/100% done.txt"));
        assertEquals(200, file.statusCode(), file.asString());
        file.then().header("Content-Disposition",
                equalTo("attachment; filename=\"100_ done.txt\"; filename*=UTF-8''100%25%20done.txt"));
        noStore(file);

        long id = client.submitOk(given().multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "m.idf", JobClient.fakeModel()));
        client.awaitTerminal(id, java.time.Duration.ofSeconds(60));
        Response zip = client.request().get(client.url("/jess_web/api/job/file/" + id));
        zip.then().statusCode(200).header("Content-Disposition", containsString("job_" + id + ".zip"));
        noStore(zip);
    }

    @Test
    void statusRepliesMayBeRevalidated() {
        long id = client.submitOk(given().multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "m.idf", JobClient.fakeModel()));
        client.request().get(client.url("/jess_web/api/job/status/" + id)).then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-cache");
        // a refused status (not the caller's job) is still a status reply
        client.request().get(client.url("/jess_web/api/job/status/999999")).then().statusCode(200)
                .body("ok", equalTo(false)).header("Cache-Control", "private, no-cache");
    }

    @Test
    void noWadl() {
        for (String path : List.of("/users/api/user", "/jess_web/api/jobs", "/jess_web/api/info")) {
            Response r = client.request().options(client.url(path));
            String body = r.asString().toLowerCase(Locale.ROOT);
            assertFalse(body.contains("wadl") || body.contains("jersey"), path + ": " + r.asString());
            assertFalse(String.valueOf(r.getContentType()).contains("wadl"), path + ": " + r.getContentType());
            r.then().header("X-Content-Type-Options", "nosniff");
        }
        for (String path : List.of("/application.wadl", "/application.wadl?detail=true")) {
            Response r = given().get(api.url(path));
            assertNotEquals(200, r.statusCode(), path + ": " + r.asString());
            r.then().contentType(startsWith("application/json")).body(not(containsString("<application")))
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void payarasMetricsAreNotServed() {
        // /metrics is the application's own (for administrators, MetricsIT); Payara's is moved off it and disabled
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor", "/metrics/application",
                "/payara-metrics-disabled", "/payara-metrics-disabled/base")) {
            for (String accept : List.of("text/plain", "application/json")) {
                Response r = given().accept(accept).get(api.url(path));
                assertNotEquals(200, r.statusCode(), path + " " + accept + ": " + r.asString());
                r.then().body(not(containsString("# TYPE"))).body(not(containsString("jvm")))
                        .contentType(startsWith("application/json"));
            }
        }
    }
}
