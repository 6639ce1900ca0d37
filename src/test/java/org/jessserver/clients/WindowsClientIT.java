package org.jessserver.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JESS's Windows desktop client (.NET Framework HttpClient, jess-api.md §7), replayed byte for byte over a raw
 * socket: /info first, log-on, then its --energyplus mode (submit, poll, download the zip, unpack it).
 * With EnergyPlus 25.2 installed the warehouse model runs on it; otherwise a model for the stand-in engine.
 */
@OnePass
class WindowsClientIT extends OnDeployedServer {

    private static final Path EP_HOME = Path.of(System.getProperty("jess.ep.home", "/opt/jess-energyplus"));
    private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    @TempDir
    Path outputFolder;

    @Test
    void infoUpdateIsAnIntegerTheClientCanParse() throws IOException {
        DotNetHttp.Reply r = client().get("/jess_web/api/info", null);
        assertEquals(200, r.status(), r.text());
        integer(JsonPath.from(r.text()), "Update");
        integer(JsonPath.from(r.text()), "Major");
    }

    @Test
    void energyPlusModeRunsAJobAndUnpacksItsZipFlat() throws Exception {
        String token = logOn();
        long id = submitOk(token, new DotNetMultipart().file("in.idf", model()).file("in.epw", weather())
                .field("type", "EP"));
        assertEquals("FINISHED", awaitTerminal(token, id));
        DotNetHttp.Reply zip = client().get("/jess_web/api/job/file/" + id, "session_token=" + token + ", session_token=" + token);
        assertEquals(200, zip.status(), zip.text());
        Matcher name = FILENAME.matcher(String.valueOf(zip.header("Content-Disposition")));
        assertTrue(name.find(), "Content-Disposition: " + zip.header("Content-Disposition"));
        assertEquals("job_" + id + ".zip", name.group(1));
        Files.write(outputFolder.resolve(name.group(1)), zip.body());
        unzip(zip.body(), outputFolder);
        for (String f : new String[] {"eplusout.err", "in.idf", "in.epw"}) {
            assertTrue(Files.isRegularFile(outputFolder.resolve(f)), f + " at the zip's top level (flat single-case"
                    + " folder); unpacked: " + listing(outputFolder));
        }
        assertTrue(Files.readString(outputFolder.resolve("eplusout.err"), StandardCharsets.ISO_8859_1)
                .contains("EnergyPlus Completed Successfully"));
    }

    @Test
    void submissionWithoutWeatherIsRefusedWithDataZero() throws IOException {
        String token = logOn();
        refusedWithDataZero(token, new DotNetMultipart().file("in.idf", JobClient.fakeModel()).field("type", "EP"));
    }

    @Test
    void radianceSubmissionIsRefusedWithDataZero() throws IOException {
        String token = logOn();
        refusedWithDataZero(token, new DotNetMultipart().file("in.idf", JobClient.fakeModel())
                .file("in.epw", JobClient.weather()).field("type", "RAD"));
    }

    @Test
    void unknownTokenSendsTheClientToItsLogOnDialog() throws IOException {
        assertEquals(401, client().get("/jess_web/api/job/status/1", "session_token=not-a-live-token").status());
    }

    private DotNetHttp client() {
        return new DotNetHttp(deployment.getPort());
    }

    /**
     * Starts as the client does: /info first (it exits unless it can read it), then log-on, keeping the text between
     * the first '=' and the next ';' of Set-Cookie as the token.
     */
    private String logOn() throws IOException {
        integer(JsonPath.from(client().get("/jess_web/api/info", null).text()), "Update");
        Api api = Api.at(deployment);
        String email = api.newUser("windows");
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + Api.PASSWORD + "\"}";
        DotNetHttp.Reply r = client().post("/users/api/auth", null, "application/json; charset=utf-8",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.text());
        assertTrue(JsonPath.from(r.text()).getBoolean("ok"), r.text());
        String setCookie = r.header("Set-Cookie");
        assertNotNull(setCookie, "no Set-Cookie in " + r.headers());
        int eq = setCookie.indexOf('=');
        int semi = setCookie.indexOf(';', eq);
        return semi < 0 ? setCookie.substring(eq + 1) : setCookie.substring(eq + 1, semi);
    }

    private long submitOk(String token, DotNetMultipart form) throws IOException {
        DotNetHttp.Reply r = client().post("/jess_web/api/job", "session_token=" + token, form.contentType(), form.bytes());
        assertEquals(200, r.status(), r.text());
        JsonPath reply = JsonPath.from(r.text());
        assertTrue(reply.getBoolean("ok"), "submission refused: " + r.text());
        return integer(reply, "data");
    }

    private void refusedWithDataZero(String token, DotNetMultipart form) throws IOException {
        DotNetHttp.Reply r = client().post("/jess_web/api/job", "session_token=" + token, form.contentType(), form.bytes());
        assertEquals(200, r.status(), r.text());
        JsonPath reply = JsonPath.from(r.text());
        assertFalse(reply.getBoolean("ok"), r.text());
        assertEquals(0L, integer(reply, "data"), r.text());
    }

    /** Polls the status as the client does (it waits 5 s between calls; a test need not) until a terminal status. */
    private String awaitTerminal(String token, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            DotNetHttp.Reply r = client().get("/jess_web/api/job/status/" + id, "session_token=" + token);
            assertEquals(200, r.status(), r.text());
            String status = JsonPath.from(r.text()).getString("data.status");
            if (status != null && status.matches("FINISHED|CANCELED|REJECTED")) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                fail("job " + id + " not done within 3 minutes: " + r.text());
            }
            Thread.sleep(200);
        }
    }

    /** A JSON value read as Newtonsoft reads it into a long: a whole number, never null, a string or a fraction. */
    private static long integer(JsonPath json, String path) {
        Object v = json.get(path);
        assertNotNull(v, path + " is null; the client needs a 64-bit integer: " + json.prettify());
        if (!(v instanceof Integer || v instanceof Long || v instanceof BigInteger)) {
            fail(path + " must be a JSON integer, not " + v.getClass().getSimpleName() + " " + v + ": " + json.prettify());
        }
        return ((Number) v).longValue();
    }

    private static boolean energyPlusInstalled() {
        boolean installed = Files.isExecutable(EP_HOME.resolve("bin/energyplus"));
        if (!installed && "1".equals(System.getenv("JESS_REQUIRE_ENERGYPLUS"))) {
            fail("EnergyPlus missing at " + EP_HOME + " although JESS_REQUIRE_ENERGYPLUS=1");
        }
        return installed;
    }

    private static byte[] model() throws IOException {
        return energyPlusInstalled() ? Files.readAllBytes(EP_HOME.resolve("fixtures/warehouse.idf")) : JobClient.fakeModel();
    }

    private static byte[] weather() throws IOException {
        return energyPlusInstalled() ? Files.readAllBytes(EP_HOME.resolve("fixtures/chicago.epw")) : JobClient.weather();
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(into), "zip entry outside the output folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }

    private static String listing(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p).toString()).sorted().toList().toString();
        }
    }
}
