package org.jessserver.web.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jessserver.testing.Api;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web page over plain HTTP: served at the root without a session, only its own files, under a strict policy. */
@OnePass
class WebPageIT extends OnDeployedServer {

    Api api;

    @BeforeEach
    void at() {
        api = Api.at(deployment);
    }

    @Test
    void theRootIsThePageAndAnyoneMayLoadIt() {
        for (String path : new String[] {"/", "/ui/", "/ui/index.html"}) {
            given().get(api.url(path)).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .body(containsString("<form id=\"logon\""));
        }
        given().get(api.url("/ui/app.js")).then().statusCode(200).contentType(startsWith("text/javascript"));
        given().get(api.url("/ui/app.css")).then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void everyScriptAndStyleOfThePageIsTheServersOwn() {
        String html = given().get(api.url("/")).then().statusCode(200).extract().asString();
        Matcher refs = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"").matcher(html);
        int count = 0;
        while (refs.find()) {
            String ref = refs.group(1);
            if (ref.equals("data:,")) {
                continue; // the empty icon: no request at all
            }
            assertTrue(ref.startsWith("/ui/"), "only the server's own files: " + ref);
            given().get(api.url(ref)).then().statusCode(200);
            count++;
        }
        assertEquals(2, count, "the script and the style");
        assertFalse(html.contains("<script>"), "no inline script: the policy would refuse it");
        assertFalse(html.contains(" style=\""), "no inline style: the policy would refuse it");
    }

    @Test
    void anUnchangedFileIsNotSentAgain() {
        Response first = given().get(api.url("/ui/app.js"));
        String tag = first.header("ETag");
        assertTrue(tag != null && tag.startsWith("\""), "a strong tag: " + tag);
        assertEquals("no-cache", first.header("Cache-Control"));
        given().header("If-None-Match", tag).get(api.url("/ui/app.js")).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(api.url("/ui/app.js")).then().statusCode(200);
    }

    @Test
    void nothingElseIsServedUnderThePagesPrefix() {
        for (String path : new String[] {"/ui/WEB-INF/web.xml", "/ui/../WEB-INF/web.xml", "/ui/secret.txt", "/ui"}) {
            given().get(api.url(path)).then().statusCode(404)
                    .contentType(startsWith("application/json")).body("ok", equalTo(false));
        }
        given().get(api.url("/WEB-INF/web.xml")).then().statusCode(404).body(org.hamcrest.Matchers.not(
                containsString("<web-app")));
    }
}
