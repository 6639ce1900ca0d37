package org.jessserver.account.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import org.jessserver.testing.Api;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The User & Account API as a JESS client uses it: log-on, cookie, check-in, confirm, account, log-off. */
class UsersApiIT extends OnDeployedServer {

    Api api;
    String email;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("users");
    }

    @Test
    void infoIsTheBareVersionObject() {
        given().get(api.url("/users/api/info")).then().statusCode(200)
                .body("Title", notNullValue()).body("Description", notNullValue())
                .body("Major", equalTo(1)).body("Minor", notNullValue()).body("Revision", notNullValue())
                .body("Release", notNullValue()).body("Update", notNullValue()).body("Notice", notNullValue())
                .body("ok", nullValue());
    }

    @Test
    void logonSetsTheSessionCookieWithJessTexts() {
        Response r = api.logon(email, Api.PASSWORD);
        r.then().statusCode(200)
                .body("ok", equalTo(true))
                .body("status", equalTo("Logged in successfully!"))
                .body("jwt", equalTo("Session token in cookie"))
                .body("user", equalTo(email.split("@")[0]))
                .body("role", equalTo("user"))
                .body("email", equalTo(email));
        String setCookie = r.header("Set-Cookie");
        assertTrue(setCookie.startsWith("session_token="), setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax") && setCookie.contains("Path=/"),
                setCookie);
        String token = r.cookie("session_token");
        assertFalse(token.contains("=") || token.contains(";"), token);
    }

    @Test
    void logonAliasAndEmailInAnyCase() {
        api.json("{\"email\":\"" + email.toUpperCase() + "\",\"password\":\"" + Api.PASSWORD + "\"}")
                .post(api.url("/users/api/logon"))
                .then().statusCode(200).body("ok", equalTo(true)).cookie("session_token", notNullValue());
    }

    @Test
    void wrongPasswordOrUnknownUserIsRefusedWithHttp200() {
        for (Response r : new Response[] {api.logon(email, "wrong-password"), api.logon("nobody@it.example", "x")}) {
            r.then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("status", equalTo("No matching username and password pair was found!"));
            assertEquals(null, r.cookie("session_token"));
        }
    }

    @Test
    void checkinRenewsWithEveryBodyForm() {
        String token = api.token(email, Api.PASSWORD);
        String[] bodies = {"", "{}", "\"\""};
        for (String body : bodies) {
            Response r = given().cookie("session_token", token).contentType("application/json").body(body)
                    .post(api.url("/users/api/checkin"));
            r.then().statusCode(200)
                    .body("ok", equalTo(true))
                    .body("status", equalTo("Session renewed successfully!"))
                    .body("jwt", equalTo("Session key cookie"))
                    .body("email", equalTo(email))
                    .body("role", equalTo("user"));
            String renewed = r.cookie("session_token");
            assertNotEquals(token, renewed, "check-in with body [" + body + "] must send a new cookie");
            given().cookie("session_token", renewed).get(api.url("/users/api/user")).then().statusCode(200);
            token = renewed;
        }
        // no body and no content type at all, as curl -X POST sends it
        given().cookie("session_token", token).post(api.url("/users/api/checkin"))
                .then().statusCode(200).body("ok", equalTo(true)).cookie("session_token", not(equalTo(token)));
    }

    @Test
    void bearerHeaderIsAcceptedLikeTheCookie() {
        String token = api.token(email, Api.PASSWORD);
        given().header("Authorization", "Bearer " + token).get(api.url("/users/api/user"))
                .then().statusCode(200).body("data.email", equalTo(email));
    }

    @Test
    void logoutRevokesTheTokenAtOnce() {
        String token = api.token(email, Api.PASSWORD);
        Response r = given().cookie("session_token", token).post(api.url("/users/api/logout"));
        r.then().statusCode(200)
                .body("ok", equalTo(true))
                .body("status", equalTo("Logged out successfully!"))
                .body("jwt", equalTo("Session token cleared"))
                .body("user", nullValue()).body("role", nullValue()).body("email", nullValue());
        assertTrue(r.header("Set-Cookie").contains("Max-Age=0"), r.header("Set-Cookie"));
        given().cookie("session_token", token).get(api.url("/users/api/user"))
                .then().statusCode(401).body("ok", equalTo(false));
        given().cookie("session_token", token).post(api.url("/users/api/checkin")).then().statusCode(401);
        given().header("Authorization", "Bearer " + token).get(api.url("/users/api/user")).then().statusCode(401);
    }

    @Test
    void confirmChecksTheCredentialsOfTheSessionUser() {
        String token = api.token(email, Api.PASSWORD);
        api.json("{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}").cookie("session_token", token)
                .post(api.url("/users/api/confirm"))
                .then().statusCode(200).body("ok", equalTo(true)).body("status", equalTo("User credential confirmed!"))
                .body("email", equalTo(email));
        api.json("{\"email\":\"" + email + "\",\"password\":\"not-the-password\"}").cookie("session_token", token)
                .post(api.url("/users/api/confirm"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("User does not match the existing session"));
        // right password of another account is a mismatch too
        String other = api.newUser("other");
        api.json("{\"email\":\"" + other + "\",\"password\":\"" + Api.PASSWORD + "\"}").cookie("session_token", token)
                .post(api.url("/users/api/confirm"))
                .then().statusCode(200).body("ok", equalTo(false))
                .body("status", equalTo("User does not match the existing session"));
    }

    @Test
    void userReturnsTheAccountWithoutItsPassword() {
        String token = api.token(email, Api.PASSWORD);
        given().cookie("session_token", token).get(api.url("/users/api/user"))
                .then().statusCode(200)
                .body("ok", equalTo(true))
                .body("status", equalTo("User's account detailes included."))
                .body("data.email", equalTo(email))
                .body("data.role", equalTo("user"))
                .body("data.id", notNullValue())
                .body(not(containsString("password")));
    }

    @Test
    void jessInfoNeedsNoLogon() {
        given().get(api.url("/jess_web/api/info")).then().statusCode(200)
                .body("Title", notNullValue()).body("Major", equalTo(1)).body("Notice", notNullValue());
    }
}
