package org.jessserver.account.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.jessserver.testing.Api;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user reads and edits their own account: the JESS profile fields, the nickname and the password. */
class AccountProfileIT extends OnDeployedServer {

    private static final List<String> PROFILE = List.of("title", "firstname", "middlename", "surname", "nickname",
            "position", "company", "tel", "address", "postcode", "country", "website", "twitter", "linkedin");
    private static final String UPDATED = "Account details updated successfully!";

    Api api;
    String email;
    String token;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        email = api.newUser("profile");
        token = api.token(email, Api.PASSWORD);
    }

    private ValidatableResponse edit(String session, String json) {
        return api.json(json.replace('\'', '"')).cookie("session_token", session).post(api.url("/users/api/user"))
                .then().statusCode(200);
    }

    private JsonPath account(String session) {
        return given().cookie("session_token", session).get(api.url("/users/api/user"))
                .then().statusCode(200).body("ok", equalTo(true)).extract().jsonPath();
    }

    private void refused(String json, String naming) {
        edit(token, json).body("ok", equalTo(false)).body("status", containsString(naming));
    }

    @Test
    void everyProfileFieldIsShownAsNullUntilSet() {
        String raw = given().cookie("session_token", token).get(api.url("/users/api/user")).asString();
        String nickname = email.split("@")[0];
        for (String field : PROFILE) {
            if (!field.equals("nickname")) {
                assertTrue(raw.contains("\"" + field + "\":null"), field + " missing or not null in " + raw);
            }
        }
        // in JESS's order, after ours, so that a reader of the raw reply finds them where the contract lists them
        int at = raw.indexOf("\"created\":");
        for (String field : PROFILE) {
            int next = raw.indexOf("\"" + field + "\":");
            assertTrue(next > at, field + " out of order in " + raw);
            at = next;
        }
        given().cookie("session_token", token).get(api.url("/users/api/user")).then()
                .body("data", hasKey("enabled")).body("data", hasKey("created"))
                .body("data.user", equalTo(nickname)).body("data.nickname", equalTo(nickname))
                .body("data.email", equalTo(email)).body("data.role", equalTo("user"));
    }

    @Test
    void aSubsetIsChangedAndAbsentOrNullFieldsAreLeftAsTheyAre() {
        edit(token, "{'title':'Dr','firstname':'Ada','tel':'+44 20 7946 0000','country':'UK'}")
                .body("ok", equalTo(true)).body("status", equalTo(UPDATED));
        edit(token, "{'surname':'Lovelace','title':null,'linkedin':'in/ada'}").body("ok", equalTo(true));
        JsonPath a = account(token);
        assertTrue(a.getString("data.title").equals("Dr") && a.getString("data.firstname").equals("Ada")
                && a.getString("data.tel").equals("+44 20 7946 0000") && a.getString("data.country").equals("UK")
                && a.getString("data.surname").equals("Lovelace") && a.getString("data.linkedin").equals("in/ada"),
                a.prettify());
        for (String untouched : List.of("middlename", "position", "company", "address", "postcode", "website", "twitter")) {
            assertTrue(a.get("data." + untouched) == null, untouched + " in " + a.prettify());
        }
        // every field at once, each at the longest length allowed
        StringBuilder all = new StringBuilder("{");
        PROFILE.forEach(f -> all.append("'").append(f).append("':'").append(f.charAt(0)).append("x".repeat(199))
                .append("',"));
        edit(token, all.substring(0, all.length() - 1) + "}").body("ok", equalTo(true));
        JsonPath full = account(token);
        PROFILE.forEach(f -> assertTrue(full.getString("data." + f).equals(f.charAt(0) + "x".repeat(199)), f));
    }

    @Test
    void badFieldsAreRefusedNamingThemAndNothingIsWritten() {
        refused("{'title':'Dr','address':'" + "a".repeat(201) + "'}", "'address' is too long");
        refused("{'title':'Dr','colour':'red'}", "'colour'");
        refused("{'title':'Dr','email':'someone.else@it.example'}", "'email'");
        refused("{'title':'Dr','role':'admin'}", "'role'");
        refused("{'title':'Dr','company':42}", "'company' must be a string");
        refused("{'title':'Dr','nickname':'   '}", "'nickname'");
        refused("[1]", "JSON object");
        JsonPath a = account(token);
        assertTrue(a.get("data.title") == null && a.getString("data.role").equals("user")
                && a.getString("data.email").equals(email), a.prettify());
    }

    @Test
    void whatGetGaveCanBeSentBackWithAChange() {
        String reply = given().cookie("session_token", token).get(api.url("/users/api/user")).asString();
        // the data object as it came, id, email, role and all, with one field changed
        String data = reply.substring(reply.indexOf("\"data\":") + "\"data\":".length(), reply.lastIndexOf('}'))
                .replace("\"title\":null", "\"title\":\"Prof\"");
        api.json(data).cookie("session_token", token).post(api.url("/users/api/user"))
                .then().statusCode(200).body("ok", equalTo(true)).body("status", equalTo(UPDATED));
        assertEquals("Prof", account(token).getString("data.title"));
    }

    @Test
    void aNewNicknameIsShownInLogOnRepliesAndJobLists() {
        edit(token, "{'nickname':'Countess A'}").body("ok", equalTo(true));
        api.logon(email, Api.PASSWORD).then().body("ok", equalTo(true)).body("user", equalTo("Countess A"));
        given().cookie("session_token", token).get(api.url("/jess_web/api/jobs"))
                .then().statusCode(200).body("status", equalTo("Countess A jobs available"));
        edit(token, "{'user':'Ada'}").body("ok", equalTo(true));
        assertEquals("Ada", account(token).getString("data.nickname"));
        given().cookie("session_token", token).post(api.url("/users/api/checkin"))
                .then().body("ok", equalTo(true)).body("user", equalTo("Ada"));
    }

    @Test
    void aWrongOrMissingCurrentPasswordChangesNothing() {
        edit(token, "{'password':'brand-new-pass','current_password':'not-the-password'}")
                .body("ok", equalTo(false)).body("status", containsString("Current password is wrong"));
        edit(token, "{'password':'brand-new-pass'}")
                .body("ok", equalTo(false)).body("status", containsString("'current_password'"));
        edit(token, "{'password':'short','current_password':'" + Api.PASSWORD + "'}")
                .body("ok", equalTo(false)).body("status", containsString("at least 8 characters"));
        // a refused password change takes no profile change with it
        edit(token, "{'title':'Dr','password':'brand-new-pass','current_password':'wrong-one'}")
                .body("ok", equalTo(false));
        api.logon(email, Api.PASSWORD).then().body("ok", equalTo(true));
        api.logon(email, "brand-new-pass").then().body("ok", equalTo(false));
        assertTrue(account(token).get("data.title") == null);
    }

    @Test
    void aNewPasswordKeepsThisSessionAndEndsTheOthersAtOnce() {
        String other = api.token(email, Api.PASSWORD);
        account(other);
        edit(token, "{'password':'brand-new-pass','current_password':'" + Api.PASSWORD + "'}")
                .body("ok", equalTo(true)).body("status", equalTo(UPDATED));
        given().cookie("session_token", other).get(api.url("/users/api/user")).then().statusCode(401)
                .body("ok", equalTo(false));
        account(token);
        api.logon(email, Api.PASSWORD).then().body("ok", equalTo(false))
                .body("status", equalTo("No matching username and password pair was found!"));
        api.logon(email, "brand-new-pass").then().body("ok", equalTo(true)).body("user", equalTo(email.split("@")[0]));
        given().cookie("session_token", token).get(api.url("/users/api/user")).then().statusCode(200)
                .body("data", hasKey("linkedin")).body("data.linkedin", nullValue());
    }

    @Test
    void editingNeedsALogOn() {
        api.json("{\"title\":\"Dr\"}").post(api.url("/users/api/user")).then().statusCode(401).body("ok", equalTo(false));
    }
}
