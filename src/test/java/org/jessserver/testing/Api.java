package org.jessserver.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.concurrent.atomic.AtomicInteger;

/** A JESS client for tests: the server's base URL, log-on, and unique account names. */
public final class Api {

    public static final String ADMIN_EMAIL = "admin@it.example";
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final String base;

    private Api(String base) {
        this.base = base.replaceAll("/$", "");
    }

    /** Always loopback: the test server listens on 127.0.0.1 only. */
    public static Api at(URL deployment) {
        return new Api("http://127.0.0.1:" + deployment.getPort());
    }

    public static Api at(int port) {
        return new Api("http://127.0.0.1:" + port);
    }

    public String url(String path) {
        return base + path;
    }

    public RequestSpecification json(String body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    public Response logon(String email, String password) {
        return json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").post(url("/users/api/auth"));
    }

    /** Logs on and returns the session token; fails the test when log-on does not succeed. */
    public String token(String email, String password) {
        Response r = logon(email, password);
        String token = r.then().statusCode(200).extract().cookie("session_token");
        if (token == null) {
            throw new AssertionError("log-on of " + email + " failed: " + r.asString());
        }
        return token;
    }

    public String adminToken() {
        return token(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** Creates a fresh account through the admin call and returns its e-mail; its password is {@link #PASSWORD}. */
    public String newUser(String prefix) {
        String email = prefix + "-" + System.nanoTime() + "-" + SERIAL.incrementAndGet() + "@it.example";
        json("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .cookie("session_token", adminToken())
                .post(url("/users/api/users"))
                .then().statusCode(200);
        return email;
    }

    public static final String PASSWORD = "user-secret-1";
}
