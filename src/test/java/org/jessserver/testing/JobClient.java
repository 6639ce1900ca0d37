package org.jessserver.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A logged-on JESS client for job tests: submit, poll with a deadline, download. */
public final class JobClient {

    public static final Path FIXTURES = Path.of("../shared/fixtures/jess-web-api");

    private final Api api;
    private final String token;

    public JobClient(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    public RequestSpecification request() {
        return given().cookie("session_token", token);
    }

    public String url(String path) {
        return api.url(path);
    }

    /** A model for the stand-in engine (version 99.1) whose behaviour the given directives set. */
    public static byte[] fakeModel(String... directives) {
        StringBuilder s = new StringBuilder("Version,99.1;\n");
        for (String d : directives) {
            s.append("! fake: ").append(d).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] weather() {
        try {
            return java.nio.file.Files.readAllBytes(FIXTURES.resolve("job_example/in.epw"));
        } catch (IOException e) {
            throw new IllegalStateException("fixtures are at " + FIXTURES.toAbsolutePath(), e);
        }
    }

    /** Posts the multipart request and returns the reply as JSON. */
    public JsonPath submit(RequestSpecification parts) {
        Response r = parts.cookie("session_token", token).post(api.url("/jess_web/api/job"));
        r.then().statusCode(200);
        return r.jsonPath();
    }

    /** Submits and returns the new job's id; fails the test when the server refuses. */
    public long submitOk(RequestSpecification parts) {
        JsonPath reply = submit(parts);
        if (!reply.getBoolean("ok")) {
            throw new AssertionError("submission refused: " + reply.prettify());
        }
        return reply.getLong("data");
    }

    public JsonPath status(long id) {
        return request().get(api.url("/jess_web/api/job/status/" + id)).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the status until the condition holds; fails with the last status at the deadline. */
    public JsonPath awaitStatus(long id, Predicate<JsonPath> condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonPath last = status(id);
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " did not reach the expected state within " + limit
                        + "; last status: " + last.prettify());
            }
            Thread.sleep(50);
            last = status(id);
        }
        return last;
    }

    public JsonPath awaitTerminal(long id, Duration limit) throws InterruptedException {
        return awaitStatus(id, s -> String.valueOf(s.getString("data.status")).matches("FINISHED|CANCELED|REJECTED"), limit);
    }

    /** The seven numbers of a progress string; fails unless there are seven and the first is the sum of the rest. */
    public static int[] progress(String s) {
        String[] parts = s.split(", ");
        int[] p = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            p[i] = Integer.parseInt(parts[i]);
        }
        if (p.length != 7 || p[0] != p[1] + p[2] + p[3] + p[4] + p[5] + p[6]) {
            throw new AssertionError("not a valid progress string: " + s);
        }
        return p;
    }
}
