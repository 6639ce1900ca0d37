package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jessserver.testing.Api;
import org.jessserver.testing.Deployments;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submissions that cannot run are refused with ok:false naming the problem, and leave nothing behind. */
class SubmissionRefusalsIT extends OnDeployedServer {

    /** The test server's data folder (failsafe gives the Payara process JESS_DATA_DIR=it.data.dir/arquillian). */
    private static final Path DATA = Deployments.serverDataDir();

    JobClient client;

    @BeforeEach
    void user() {
        Api api = Api.at(deployment);
        client = new JobClient(api, api.token(api.newUser("refused"), Api.PASSWORD));
    }

    private void refused(RequestSpecification parts, String expected) throws IOException {
        long jobsBefore = jobFolders();
        int listed = client.request().get(client.url("/jess_web/api/jobs")).jsonPath().getList("data").size();
        JsonPath reply = client.submit(parts);
        assertFalse(reply.getBoolean("ok"), reply.prettify());
        // the Windows client parses data of a refused submission as a 64-bit integer
        assertEquals(0L, ((Number) reply.get("data")).longValue(), "data is 0: " + reply.prettify());
        assertTrue(reply.getString("status").contains(expected), "expected '" + expected + "' in: " + reply.getString("status"));
        assertEquals(0, stagingEntries(), "nothing of a refused upload is left in staging");
        assertEquals(jobsBefore, jobFolders(), "no job folder is made");
        assertEquals(listed, client.request().get(client.url("/jess_web/api/jobs")).jsonPath().getList("data").size(),
                "no job is listed");
    }

    @Test
    void noModel() throws IOException {
        refused(given().multiPart("file", "in.epw", JobClient.weather()), "No model");
    }

    @Test
    void noWeather() throws IOException {
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()), "No weather file");
    }

    @Test
    void noFilesAtAll() throws IOException {
        refused(given().multiPart("title", "empty"), "No files uploaded");
    }

    @Test
    void namedModelOrWeatherMissing() throws IOException {
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("model", "other.idf"), "Model 'other.idf' is not among the uploaded files");
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("weather", "x.epw"), "Weather file 'x.epw' is not among the uploaded files");
    }

    @Test
    void unsafeZipEntries() throws IOException {
        for (String entry : new String[] {"../x.idf", "a/../../x.idf", "/etc/x.idf", "C:/x.idf"}) {
            Map<String, byte[]> z = new LinkedHashMap<>();
            z.put("in.epw", JobClient.weather());
            z.put(entry, JobClient.fakeModel());
            refused(given().multiPart("file", "bad.zip", JobClient.zip(z)), "Unsafe entry");
        }
    }

    @Test
    void namesTooLong() throws IOException {
        refused(given().multiPart("file", "m".repeat(252) + ".idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()), "File name too long");
        Map<String, byte[]> deep = new LinkedHashMap<>();
        deep.put("in.epw", JobClient.weather());
        deep.put(("d".repeat(200) + "/").repeat(5) + "m.idf", JobClient.fakeModel());
        refused(given().multiPart("file", "deep.zip", JobClient.zip(deep)), "Path too long in deep.zip");
    }

    @Test
    void aOneCaseJobCannotUploadANameTheServerWritesAtItsRoot() throws IOException {
        for (String name : List.of("job_summary.csv", "console.log", "eplusout.err", "JESS_notes.txt")) {
            refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                    .multiPart("file", name, "x".getBytes()), "File " + name + " takes the name " + name);
        }
        Map<String, byte[]> z = new LinkedHashMap<>();
        z.put("input/m.idf", JobClient.fakeModel());
        z.put("in.epw", JobClient.weather());
        refused(given().multiPart("file", "in.zip", JobClient.zip(z)), "File input/m.idf takes the name input");
    }

    @Test
    void notAZip() throws IOException {
        refused(given().multiPart("file", "broken.zip", new byte[] {1, 2, 3, 4, 5})
                .multiPart("file", "in.epw", JobClient.weather()), "No model");
    }

    @Test
    void tooManyFiles() throws IOException {
        RequestSpecification parts = given().multiPart("file", "in.epw", JobClient.weather());
        for (int i = 0; i < 41; i++) {
            parts = parts.multiPart("file", "m" + i + ".idf", JobClient.fakeModel());
        }
        refused(parts, "more than 40 files");
    }

    @Test
    void tooLarge() throws IOException {
        byte[] big = new byte[21_000_000];
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "big.epw", big),
                "exceeds the limit of 20000000 bytes");
    }

    @Test
    void unknownOrUnsupportedType() throws IOException {
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("type", "XYZ"), "Unknown job type 'XYZ'");
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("type", "JEP"), "No jEPlus project: upload the project's project.json");
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("type", "rad"), "Not supported by this server yet: Radiance jobs (type RAD)");
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("type", "DS"), "Not supported by this server yet: DaySim jobs (type DS)");
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("split", "TRUE"), "Not supported by this server yet: Run-period splitting");
        refused(given().multiPart("file", "p.json", "{}".getBytes()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("type", "Scan"), "Project p.json: weatherFile: the project names no weather file");
        refused(given().multiPart("file", "m.idf", JobClient.fakeModel()).multiPart("file", "in.epw", JobClient.weather())
                .multiPart("split", "maybe"), "'split' must be true or false");
    }

    @Test
    void scanAndSplitFalseAreAccepted() {
        for (String[] fields : new String[][] {{"type", "Scan"}, {"type", "sCaN"}, {"split", "FALSE"}, {"type", "ep"}}) {
            JsonPath reply = client.submit(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", JobClient.weather()).multiPart(fields[0], fields[1]));
            assertTrue(reply.getBoolean("ok"), String.join("=", fields) + ": " + reply.prettify());
        }
    }

    @Test
    void aMultipartRequestWithoutBodyIsRefused() {
        JsonPath reply = client.request().contentType("multipart/form-data; boundary=x")
                .post(client.url("/jess_web/api/job")).then().statusCode(200).extract().jsonPath();
        assertFalse(reply.getBoolean("ok"), reply.prettify());
        assertEquals(0L, ((Number) reply.get("data")).longValue());
    }

    @Test
    void jsonWithoutACommandOrAnotherContentType() {
        // JSON is the Create command's form: without cmd it is refused as such
        JsonPath reply = client.request().contentType("application/json").body("{\"file\":\"x\"}")
                .post(client.url("/jess_web/api/job")).then().statusCode(200).extract().jsonPath();
        assertFalse(reply.getBoolean("ok"));
        assertEquals("Missing field 'cmd'", reply.getString("status"));
        assertEquals(0L, ((Number) reply.get("data")).longValue());
        reply = client.request().contentType("text/plain").body("file=x")
                .post(client.url("/jess_web/api/job")).then().statusCode(200).extract().jsonPath();
        assertFalse(reply.getBoolean("ok"));
        assertTrue(reply.getString("status").contains("Unsupported Content-Type"), reply.getString("status"));
        assertEquals(0L, ((Number) reply.get("data")).longValue(), "a refusal by the container's matching has data 0 too");
    }

    private static long stagingEntries() throws IOException {
        Path staging = DATA.resolve("staging");
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(staging)) {
            return s.count();
        }
    }

    private static long jobFolders() throws IOException {
        Path jobs = DATA.resolve("jobs");
        if (!Files.isDirectory(jobs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(jobs)) {
            return s.count();
        }
    }
}
