package org.jessserver.account.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import org.jessserver.testing.Api;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refusal is clean: 401/403 with a small JSON body, bad input as ok:false, never HTML or a stack trace. */
class RefusalsIT extends OnDeployedServer {

    Api api;

    @BeforeEach
    void api() {
        api = Api.at(deployment);
    }

    private void expect401(RequestSpecification request, String why) {
        for (String path : new String[] {"/users/api/user", "/users/api/checkin", "/users/api/logout"}) {
            var r = path.endsWith("user") ? request.get(api.url(path)) : request.post(api.url(path));
            r.then().statusCode(401)
                    .contentType(startsWith("application/json"))
                    .body("ok", equalTo(false))
                    .body("status", containsString(why))
                    .body("data", nullValue())
                    .body(not(containsString("<html")));
        }
    }

    @Test
    void noToken() {
        expect401(given(), "Not logged on");
    }

    @Test
    void garbageToken() {
        expect401(given().cookie("session_token", "garbage"), "malformed");
        expect401(given().header("Authorization", "Bearer x y z"), "malformed");
    }

    @Test
    void tamperedToken() {
        String token = api.adminToken();
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        expect401(given().cookie("session_token", tampered), "not valid");
    }

    @Test
    void revokedToken() {
        String token = api.adminToken();
        given().cookie("session_token", token).post(api.url("/users/api/logout")).then().statusCode(200);
        expect401(given().cookie("session_token", token), "not valid");
    }

    @Test
    void userWithoutAdminRoleGets403Json() {
        String token = api.token(api.newUser("plain"), Api.PASSWORD);
        given().cookie("session_token", token).get(api.url("/users/api/users"))
                .then().statusCode(403).contentType(startsWith("application/json"))
                .body("ok", equalTo(false)).body("status", containsString("Forbidden"));
        api.json("{\"email\":\"x@it.example\",\"password\":\"abcdefgh\"}").cookie("session_token", token)
                .post(api.url("/users/api/users")).then().statusCode(403).body("ok", equalTo(false));
    }

    @Test
    void malformedJsonNamesTheProblem() {
        api.json("{\"email\": \"a@b.c\", ").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", startsWith("Malformed JSON"));
        api.json("[1,2]").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", containsString("JSON object"));
        api.json("").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", containsString("empty"));
    }

    @Test
    void missingOrMistypedFieldsAreNamed() {
        api.json("{\"email\":\"a@b.c\"}").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", equalTo("Missing field 'password'"));
        api.json("{\"password\":\"x\"}").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false)).body("status", equalTo("Missing field 'email'"));
        api.json("{\"email\":5,\"password\":\"x\"}").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("Field 'email' must be a string, not a number"));
    }

    @Test
    void anEmailWithANulIsNoAccountNotAServerError() {
        // PostgreSQL cannot take a NUL in a query parameter: the lookup must not reach it
        api.json("{\"email\":\"nul\\u0000@it.example\",\"password\":\"x\"}").post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("No matching username and password pair was found!"));
    }

    @Test
    void wrongContentTypeIsNamed() {
        given().contentType("text/plain").body("{\"email\":\"a@b.c\",\"password\":\"x\"}")
                .post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", containsString("Content-Type must be application/json"));
        given().contentType("application/x-www-form-urlencoded").formParam("email", "a@b.c")
                .post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", containsString("Content-Type must be application/json"));
    }

    @Test
    void unknownPathsAndMethodsAreJson() {
        given().get(api.url("/no/such/thing")).then().statusCode(404)
                .contentType(startsWith("application/json")).body("ok", equalTo(false));
        given().get(api.url("/users/api/auth")).then().statusCode(405)
                .contentType(startsWith("application/json")).body("ok", equalTo(false));
        // the root is the web page (WebPageIT); an unknown path beside the API's is still no HTML page
        given().get(api.url("/jess_web/")).then().statusCode(404).body(not(containsString("<html")));
        given().get(api.url("/ui/nothing.js")).then().statusCode(404)
                .contentType(startsWith("application/json")).body("ok", equalTo(false));
    }

    @Test
    void oversizedOrDeeplyNestedJsonIsRefusedNotFailed() {
        String big = "{\"email\":\"a@b.c\",\"password\":\"" + "x".repeat(2_000_000) + "\"}";
        given().contentType("application/json").body(big).post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", containsString("larger than 1048576 bytes"));
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        given().contentType("application/json").body(deep).post(api.url("/users/api/auth"))
                .then().statusCode(200).body("ok", equalTo(false)).body(not(containsString("<html")));
    }
}
