package org.jessserver.account.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jessserver.testing.Api;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uberjar with settings of its own: a short session lifetime, and a generated administrator password. */
class SessionLifetimeIT {

    @TempDir
    Path data;

    @Test
    void tokensExpireAndCheckinRenewsThem() throws Exception {
        try (ServerProcess server = new ServerProcess(data, Map.of(
                "JESS_SESSION_TTL", "4s", "JESS_ADMIN_EMAIL", "boss@it.example", "JESS_ADMIN_PASSWORD", "boss-pass-1")).start()) {
            Api api = server.api();
            String first = api.token("boss@it.example", "boss-pass-1");
            long issued = System.nanoTime();
            given().cookie("session_token", first).get(api.url("/users/api/user")).then().statusCode(200);
            // check in half-way through the first token's life
            Thread.sleep(2000);
            String renewed = given().cookie("session_token", first).post(api.url("/users/api/checkin"))
                    .then().statusCode(200).extract().cookie("session_token");
            int firstStatus = waitForStatus(api, first, 401, Duration.ofSeconds(15));
            assertEquals(401, firstStatus, "the first token must expire");
            assertTrue(System.nanoTime() - issued < Duration.ofSeconds(5).toNanos() + Duration.ofSeconds(2).toNanos(),
                    "the first token expired late");
            // the renewed token was issued 2 s later, so it still lives
            given().cookie("session_token", renewed).get(api.url("/users/api/user")).then().statusCode(200);
            given().cookie("session_token", first).get(api.url("/users/api/user")).then().statusCode(401)
                    .body("status", org.hamcrest.Matchers.containsString("expired"));
            assertEquals(401, waitForStatus(api, renewed, 401, Duration.ofSeconds(15)), "the renewed token expires too");
        }
    }

    @Test
    void generatedAdminPasswordIsLoggedOnceAndWorks() throws Exception {
        String password;
        try (ServerProcess server = new ServerProcess(data, Map.of()).start()) {
            Matcher m = Pattern.compile("Created administrator admin@localhost with the generated password: (\\S+)")
                    .matcher(server.log());
            assertTrue(m.find(), "the generated password is in the log");
            password = m.group(1);
            assertEquals(1, count(server.log(), password), "the password is printed once");
            server.api().logon("admin@localhost", password).then().statusCode(200)
                    .body("ok", org.hamcrest.Matchers.equalTo(true)).body("role", org.hamcrest.Matchers.equalTo("admin"));
        }
        try (ServerProcess again = new ServerProcess(data, Map.of()).start()) {
            assertEquals(0, count(again.log(), "generated password"), "not printed again at the second start");
            again.api().logon("admin@localhost", password).then().body("ok", org.hamcrest.Matchers.equalTo(true));
            // the only administrator: disabling it would leave nobody to manage the accounts
            String admin = again.api().token("admin@localhost", password);
            given().cookie("session_token", admin).delete(again.api().url("/users/api/users/admin@localhost")).then()
                    .statusCode(200).body("ok", org.hamcrest.Matchers.equalTo(false))
                    .body("status", org.hamcrest.Matchers.containsString("is the last administrator and cannot be disabled"));
            given().cookie("session_token", admin).get(again.api().url("/users/api/user")).then().statusCode(200);
        }
    }

    private static int waitForStatus(Api api, String token, int expected, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = given().cookie("session_token", token).get(api.url("/users/api/user")).statusCode();
            if (status == expected) {
                return status;
            }
            Thread.sleep(100);
        }
        return status;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
