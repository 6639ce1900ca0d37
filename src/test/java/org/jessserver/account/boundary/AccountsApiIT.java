package org.jessserver.account.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.jessserver.testing.Api;
import org.jessserver.testing.Deployments;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.Processes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bootstrap administrator and the admin-only account calls. */
class AccountsApiIT extends OnDeployedServer {

    Api api;

    @BeforeEach
    void api() {
        api = Api.at(deployment);
    }

    @Test
    void bootstrapAdminFromEnvironmentLogsOnAsAdmin() {
        api.logon(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD).then().statusCode(200)
                .body("ok", equalTo(true)).body("role", equalTo("admin")).body("email", equalTo(Api.ADMIN_EMAIL));
    }

    @Test
    void adminCreatesAUserWhoThenLogsOn() {
        String admin = api.adminToken();
        String email = "Created-" + System.nanoTime() + "@IT.example";
        api.json("{\"email\":\"" + email + "\",\"password\":\"pass-word-9\",\"user\":\"Ada\"}")
                .cookie("session_token", admin).post(api.url("/users/api/users"))
                .then().statusCode(200).body("ok", equalTo(true))
                .body("status", equalTo("User " + email + " is created"))
                .body("data.role", equalTo("user")).body("data.user", equalTo("Ada"));
        api.logon(email.toLowerCase(), "pass-word-9").then().body("ok", equalTo(true)).body("user", equalTo("Ada"));
        given().cookie("session_token", admin).get(api.url("/users/api/users"))
                .then().statusCode(200).body("data.email", hasItem(email));
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        String admin = api.adminToken();
        String email = api.newUser("dup");
        api.json("{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"pass-word-9\"}")
                .cookie("session_token", admin).post(api.url("/users/api/users"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", startsWith("User "))
                .body("status", equalTo("User " + email.toUpperCase() + " already exists"));
    }

    @Test
    void badAccountInputIsNamed() {
        String admin = api.adminToken();
        api.json("{\"email\":\"not-an-address\",\"password\":\"pass-word-9\"}").cookie("session_token", admin)
                .post(api.url("/users/api/users"))
                .then().body("ok", equalTo(false)).body("status", startsWith("Not a valid e-mail address"));
        api.json("{\"email\":\"short" + System.nanoTime() + "@it.example\",\"password\":\"abc\"}")
                .cookie("session_token", admin).post(api.url("/users/api/users"))
                .then().body("ok", equalTo(false)).body("status", startsWith("Password must have at least 8"));
        api.json("{\"email\":\"role" + System.nanoTime() + "@it.example\",\"password\":\"pass-word-9\",\"role\":\"root\"}")
                .cookie("session_token", admin).post(api.url("/users/api/users"))
                .then().body("ok", equalTo(false)).body("status", startsWith("Unknown role 'root'"));
        api.json("{\"email\":\"long" + System.nanoTime() + "@it.example\",\"password\":\"pass-word-9\",\"user\":\""
                        + "n".repeat(201) + "\"}").cookie("session_token", admin).post(api.url("/users/api/users"))
                .then().body("ok", equalTo(false)).body("status", equalTo("Field 'user' is too long: at most 200 characters"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndLogons() {
        String email = api.newUser("disabled");
        String token = api.token(email, Api.PASSWORD);
        given().cookie("session_token", api.adminToken()).delete(api.url("/users/api/users/" + email))
                .then().statusCode(200).body("ok", equalTo(true)).body("data.enabled", equalTo(false));
        given().cookie("session_token", token).get(api.url("/users/api/user")).then().statusCode(401);
        api.logon(email, Api.PASSWORD).then().body("ok", equalTo(false));
        given().cookie("session_token", api.adminToken()).delete(api.url("/users/api/users/nobody@it.example"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", equalTo("User nobody@it.example is not found"));
    }

    @Test
    void disablingAnAccountStopsItsRunningJob() throws Exception {
        String email = api.newUser("stopped");
        JobClient user = new JobClient(api, api.token(email, Api.PASSWORD));
        long running = user.submitOk(given().multiPart("file", "h.idf", JobClient.fakeModel("hang", "children=1"))
                .multiPart("file", "in.epw", JobClient.weather()));
        // a one-case job runs in its job's folder: the wrapper, the engine and its child work there
        Path folder = Deployments.serverDataDir().resolve("jobs").resolve(Long.toString(running));
        user.awaitStatus(running, s -> s.getInt("data.cases.running") == 1
                && Processes.workingIn(folder).size() >= 3, Duration.ofSeconds(60));
        Set<Long> run = Processes.workingIn(folder);

        given().cookie("session_token", api.adminToken()).delete(api.url("/users/api/users/" + email))
                .then().statusCode(200).body("ok", equalTo(true));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (run.stream().anyMatch(Processes::alive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(run.stream().noneMatch(Processes::alive), "the disabled user's simulation was stopped: " + run);
    }

    @Test
    void theLastAdministratorCannotBeDisabledButAnotherCan() {
        String other = "admin3-" + System.nanoTime() + "@it.example";
        api.json("{\"email\":\"" + other + "\",\"password\":\"pass-word-9\",\"role\":\"admin\"}")
                .cookie("session_token", api.adminToken()).post(api.url("/users/api/users")).then().body("ok", equalTo(true));
        given().cookie("session_token", api.token(other, "pass-word-9")).delete(api.url("/users/api/users/" + other))
                .then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void anAdminCanCreateAnotherAdmin() {
        String email = "admin2-" + System.nanoTime() + "@it.example";
        api.json("{\"email\":\"" + email + "\",\"password\":\"pass-word-9\",\"role\":\"admin\"}")
                .cookie("session_token", api.adminToken()).post(api.url("/users/api/users"))
                .then().body("ok", equalTo(true));
        given().cookie("session_token", api.token(email, "pass-word-9")).get(api.url("/users/api/users"))
                .then().statusCode(200).body("ok", equalTo(true));
    }
}
