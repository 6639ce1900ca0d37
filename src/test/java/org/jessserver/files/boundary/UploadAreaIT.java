package org.jessserver.files.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jessserver.testing.Api;
import org.jessserver.testing.Deployments;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Users API upload area as JESS's Users API notebook uses it, and the ways out of it that are refused. */
class UploadAreaIT extends OnDeployedServer {

    private static final Path NOTEBOOK = JobClient.FIXTURES.resolve("clients/Users_API_example_public.ipynb");
    private static final Path SHOEBOX = JobClient.FIXTURES.resolve("job_example/Shoebox_v8.9.zip");
    /** pom.xml sets JESS_FILES_QUOTA_BYTES to this: the Shoebox zip (5999884 bytes unpacked) fits once, not twice. */
    private static final long QUOTA = 8_000_000;

    /** A stand-in for the notebook's c:\windows\win.ini: the text it printed, with Windows line ends, 167 bytes. */
    private static final byte[] WIN_INI = String.join("\r\n", "; for 16-bit app support", "[fonts]", "[extensions]",
            "[mci extensions]", "[files]", "[Mail]", "MAPI=1", "CMCDLLNAME32=mapi32.dll", "CMC=1", "MAPIX=1",
            "MAPIXVER=1.0.0.1", "OLEMessaging=1", "").getBytes(StandardCharsets.US_ASCII);

    Api api;
    String token;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        token = api.token(api.newUser("files"), Api.PASSWORD);
    }

    @Test
    void theNotebookReplaysWithItsRecordedReplies() throws IOException {
        assertEquals(167, WIN_INI.length);
        // cell 11: requests.post(UserApi + 'files/' + 'test/0', files={'file': open(win.ini)})
        JsonPath up = requestsStyleUpload("/users/api/files/test/0", "win.ini", WIN_INI).jsonPath();
        assertEquals(recorded("folder = \"test/0\"\nfiles"), up.getMap("$"));

        // cell 13: the tree of test/0, byte for byte as the brief records it
        String tree = me().get(api.url("/users/api/files/test/0")).then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals("{\"fileName\":\"/test/0\",\"open\":true,\"nocheck\":true,\"fileSize\":0,\"children\":["
                + "{\"fileName\":\"win.ini\",\"open\":false,\"nocheck\":false,\"fileSize\":167,\"children\":[],"
                + "\"name\":\"win.ini (0.17 KB)\"}],\"name\":\"/test/0\"}", tree);
        assertEquals(recorded("folder = \"test/0\"\nr = requests.get"), JsonPath.from(tree).getMap("$"));

        // cell 15: the same call on a file downloads it
        Response file = me().get(api.url("/users/api/files/test/0/win.ini"));
        file.then().statusCode(200).contentType("application/octet-stream")
                .header("Content-Disposition", containsString("attachment; filename=\"win.ini\""));
        assertArrayEquals(WIN_INI, file.asByteArray());

        // cell 17: the zip to the root (folder = "", so the URL ends in 'files/')
        JsonPath zip = requestsStyleUpload("/users/api/files/", "Shoebox_v8.9.zip", Files.readAllBytes(SHOEBOX)).jsonPath();
        assertEquals(recorded("Shoebox_v8.9.zip"), zip.getMap("$"));

        // cell 19: its tree, names and sizes as recorded
        String shoebox = me().get(api.url("/users/api/files/" + zip.getString("fileHandle"))).then().statusCode(200)
                .extract().asString();
        assertEquals(recorded("folder = r.json()['fileHandle']"), JsonPath.from(shoebox).getMap("$"));
        assertTrue(shoebox.startsWith("{\"fileName\":\"/Shoebox_v8.9\",\"open\":true,\"nocheck\":true,\"fileSize\":0,"
                + "\"children\":[{\"fileName\":\"2030_Heathrow"), shoebox);

        // cell 21: delete the folder with everything in it
        JsonPath deleted = me().delete(api.url("/users/api/files/Shoebox_v8.9")).then().statusCode(200).extract().jsonPath();
        assertEquals(recorded("filepath = 'Shoebox_v8.9'"), deleted.getMap("$"));
        refused(me().get(api.url("/users/api/files/Shoebox_v8.9")), "Shoebox_v8.9 is not found");
        List<String> left = me().get(api.url("/users/api/files/")).then().extract().jsonPath().getList("children.fileName");
        assertEquals(List.of("test"), left);
    }

    @Test
    void rootFormsWithAndWithoutTrailingSlash() {
        upload("/users/api/files", "a.txt", "A").then().body("fileHandle", equalTo(""))
                .body("callback", equalTo("/users/api/files/"));
        upload("/users/api/files/", "b.txt", "BB").then().body("ok", equalTo(true)).body("fileHandle", equalTo(""));
        for (String root : new String[] {"/users/api/files", "/users/api/files/"}) {
            me().get(api.url(root)).then().statusCode(200).body("fileName", equalTo("/")).body("name", equalTo("/"))
                    .body("open", equalTo(true)).body("children.name", equalTo(List.of("a.txt (0.00 KB)", "b.txt (0.00 KB)")));
            refused(me().delete(api.url(root)), "root of the upload area cannot be deleted");
        }
        // the account calls of the same API base still answer
        me().get(api.url("/users/api/user")).then().statusCode(200).body("ok", equalTo(true));
        given().get(api.url("/users/api/info")).then().statusCode(200).body("Major", equalTo(1));
        given().get(api.url("/users/api/files/")).then().statusCode(401);
    }

    @Test
    void subFoldersAreChildrenAndFilesOfTheSameNameAreReplaced() throws Exception {
        upload("/users/api/files/test/0", "win.ini", "old").then().body("fileHandle", equalTo("test/0"));
        upload("/users/api/files/test/1", "x.txt", "x").then().body("callback", equalTo("/users/api/files/test/1"));
        upload("/test/0", "win.ini", "newer");
        String tree = me().get(api.url("/users/api/files/test")).then().statusCode(200).extract().asString();
        assertEquals("{\"fileName\":\"/test\",\"open\":true,\"nocheck\":true,\"fileSize\":0,\"children\":["
                + "{\"fileName\":\"0\",\"open\":false,\"nocheck\":true,\"fileSize\":0,\"children\":["
                + "{\"fileName\":\"win.ini\",\"open\":false,\"nocheck\":false,\"fileSize\":5,\"children\":[],\"name\":\"win.ini (0.00 KB)\"}],"
                + "\"name\":\"0\"},"
                + "{\"fileName\":\"1\",\"open\":false,\"nocheck\":true,\"fileSize\":0,\"children\":["
                + "{\"fileName\":\"x.txt\",\"open\":false,\"nocheck\":false,\"fileSize\":1,\"children\":[],\"name\":\"x.txt (0.00 KB)\"}],"
                + "\"name\":\"1\"}],\"name\":\"/test\"}", tree);
        assertEquals("newer", me().get(api.url("/users/api/files/test/0/win.ini")).asString());
        // a leading slash is the same place
        HttpResponse<String> slash = raw("GET", "/users/api/files//test/0/win.ini");
        assertEquals("newer", slash.body());
        me().delete(api.url("/users/api/files/test/0/win.ini")).then().body("status", equalTo("test/0/win.ini has been deleted"));
        me().get(api.url("/users/api/files/test/0")).then().body("children", equalTo(List.of()));
        // a file and a folder of the same name cannot both be
        refused(upload("/users/api/files/test/1/x.txt", "y.txt", "y"), "x.txt is a file in the upload area");
        refused(upload("/users/api/files/test", "1", "y"), "test/1 is a folder in the upload area");
    }

    @Test
    void zipsUnpackIntoTheTargetFolder() throws IOException {
        byte[] oneTop = JobClient.zip(Map.of("proj/a.idf", "a".getBytes(), "proj/sub/b.epw", "b".getBytes()));
        multipart("/users/api/files/test", "proj.zip", oneTop).then().body("fileHandle", equalTo("test/proj"))
                .body("callback", equalTo("/users/api/files/test/proj"));
        byte[] twoTop = JobClient.zip(Map.of("c.idf", "c".getBytes(), "d/e.epw", "e".getBytes()));
        multipart("/users/api/files/test", "flat.zip", twoTop).then().body("fileHandle", equalTo("test"));
        me().get(api.url("/users/api/files/test")).then()
                .body("children.fileName", equalTo(List.of("c.idf", "d", "proj")))
                .body("children[2].children.fileName", equalTo(List.of("a.idf", "sub")));
    }

    @Test
    void pathsThatLeaveTheAreaAreRefused() throws Exception {
        upload("/users/api/files/test", "a.txt", "A");
        for (String path : new String[] {"../x", "/../x", "test/../../x", "%2e%2e/x", "%2E%2E/%2E%2E/x",
                "test/%2e%2e/%2e%2e/x", "..%2fx", "../files/test"}) {
            for (String method : new String[] {"GET", "DELETE"}) {
                HttpResponse<String> r = raw(method, "/users/api/files/" + path);
                assertEquals(200, r.statusCode(), method + " " + path);
                JsonPath reply = JsonPath.from(r.body());
                assertFalse(reply.getBoolean("ok"), method + " " + path + ": " + r.body());
                assertTrue(reply.getString("status").startsWith("Unsafe path"), method + " " + path + ": " + r.body());
            }
        }
        // Grizzly itself answers an encoded backslash or NUL with a bare 400 before any application sees it
        for (String path : new String[] {"..%5cx", "test%5c..%5c..%5cx", "a%00b"}) {
            HttpResponse<String> r = raw("GET", "/users/api/files/" + path);
            assertTrue(r.statusCode() == 400 || !JsonPath.from(r.body()).getBoolean("ok"), path + ": " + r.body());
        }
        refused(me().get(api.url("/users/api/files/.hidden")), "names starting with '.'");
        for (String folder : new String[] {"%2e%2e/x", "test/..%2f..%2fx", "/../x"}) {
            refused(me().urlEncodingEnabled(false).multiPart("file", "a.txt", "A".getBytes())
                    .post(api.url("/users/api/files/" + folder)), "Unsafe path");
        }
        refused(multipart("/users/api/files/z", "evil.zip", JobClient.zip(Map.of("ok.txt", "1".getBytes(),
                "../evil.txt", "2".getBytes()))), "Unsafe entry '../evil.txt' in evil.zip");
        refused(multipart("/users/api/files/z", "abs.zip", JobClient.zip(Map.of("/etc/evil", "2".getBytes()))),
                "Unsafe entry");
        refused(upload("/users/api/files/z", "..", "x"), "Unsafe file name");
        // a file name with folders in it (browsers may send one) keeps only its last name, in the folder asked for
        upload("/users/api/files/y", "../evil.txt", "x").then().body("ok", equalTo(true));
        me().get(api.url("/users/api/files/y")).then().body("children.fileName", equalTo(List.of("evil.txt")));
        // nothing of a refused upload is kept, and nothing landed beside the user's area
        refused(me().get(api.url("/users/api/files/z")), "z is not found");
        Path files = Deployments.serverDataDir().resolve("files");
        assertFalse(Files.exists(files.resolve("evil.txt")));
        assertFalse(Files.exists(files.resolve("x")));
        assertEquals(List.of("test", "y"), me().get(api.url("/users/api/files/")).jsonPath().getList("children.fileName"));
    }

    @Test
    void linksOutOfTheAreaAndHiddenFilesAreNeitherShownNorFollowed() throws IOException {
        upload("/users/api/files/test", "a.txt", "A");
        Path area = Deployments.serverDataDir().resolve("files").resolve(me().get(api.url("/users/api/user"))
                .jsonPath().getString("data.id"));
        Path outside = Files.createTempDirectory(Deployments.serverDataDir(), "outside-");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(area.resolve("test/out"), outside.toAbsolutePath());
        Files.writeString(area.resolve("test/.hidden"), "h");
        me().get(api.url("/users/api/files/test")).then().body("children.fileName", equalTo(List.of("a.txt")));
        refused(me().get(api.url("/users/api/files/test/out/secret.txt")), "Unsafe path");
        refused(upload("/users/api/files/test/out", "b.txt", "B"), "Unsafe path");
        refused(me().delete(api.url("/users/api/files/test/out")), "Unsafe path");
        assertFalse(Files.exists(outside.resolve("b.txt")));
        assertTrue(Files.exists(outside.resolve("secret.txt")));
    }

    @Test
    void eachUserSeesOnlyTheirOwnArea() {
        upload("/users/api/files/test/0", "win.ini", "mine");
        String other = api.token(api.newUser("files-other"), Api.PASSWORD);
        refused(given().cookie("session_token", other).get(api.url("/users/api/files/test/0/win.ini")),
                "test/0/win.ini is not found");
        given().cookie("session_token", other).get(api.url("/users/api/files/")).then().statusCode(200)
                .body("children", equalTo(List.of()));
        refused(given().cookie("session_token", other).delete(api.url("/users/api/files/test")), "test is not found");
        // the same path is the other user's own folder
        given().cookie("session_token", other).multiPart("file", "win.ini", "theirs".getBytes())
                .post(api.url("/users/api/files/test/0")).then().body("ok", equalTo(true));
        assertEquals("mine", me().get(api.url("/users/api/files/test/0/win.ini")).asString());
        assertEquals("theirs", given().cookie("session_token", other).get(api.url("/users/api/files/test/0/win.ini")).asString());
    }

    @Test
    void anUploadPastTheQuotaIsRefusedAndNothingOfItKept() throws IOException {
        byte[] shoebox = Files.readAllBytes(SHOEBOX);
        multipart("/users/api/files/a", "Shoebox_v8.9.zip", shoebox).then().body("ok", equalTo(true));
        // the same files again replace themselves: the area does not grow
        multipart("/users/api/files/a", "Shoebox_v8.9.zip", shoebox).then().body("ok", equalTo(true));
        refused(multipart("/users/api/files/b", "Shoebox_v8.9.zip", shoebox), "quota is " + QUOTA + " bytes");
        refused(me().get(api.url("/users/api/files/b")), "b is not found");
        assertEquals(List.of(), stagingLeft());
        refused(upload("/users/api/files/a", "big.bin", "x".repeat(2_100_000)), "quota");
        me().get(api.url("/users/api/files/a/Shoebox_v8.9")).then().body("children.size()", equalTo(8));
        me().delete(api.url("/users/api/files/a")).then().body("ok", equalTo(true));
        multipart("/users/api/files/b", "Shoebox_v8.9.zip", shoebox).then().body("fileHandle", equalTo("b/Shoebox_v8.9"));
    }

    @Test
    void missingPathsAreNamed() {
        refused(me().get(api.url("/users/api/files/no/such")), "no/such is not found in the upload area");
        refused(me().delete(api.url("/users/api/files/no/such")), "no/such is not found in the upload area");
        refused(me().multiPart("title", "x").post(api.url("/users/api/files/x")), "No file to upload");
    }

    /** Found by Schemathesis: a POST with no body and no Content-Type was a 500. */
    @Test
    void anUploadWithoutBodyIsRefused() throws Exception {
        for (String path : List.of("/users/api/files", "/users/api/files/x")) {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.url(path)))
                    .header("Cookie", "session_token=" + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), path);
            assertTrue(reply.body().startsWith("{\"ok\":false,\"status\":\"No file to upload"), path + ": " + reply.body());
        }
    }

    /** The staging folders uploads are checked in before they move; a refusal leaves none behind. */
    private static List<Path> stagingLeft() throws IOException {
        Path staging = Deployments.serverDataDir().resolve("staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (var s = Files.list(staging)) {
            return s.toList();
        }
    }

    private RequestSpecification me() {
        return given().cookie("session_token", token);
    }

    private Response upload(String path, String name, String content) {
        return multipart(path.startsWith("/users") ? path : "/users/api/files" + path, name,
                content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNonAsciiFileNameIsKeptAsTheClientSentIt() throws IOException {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        requestsStyleUpload("/users/api/files/intl", "mod\u00e8le \u00e9t\u00e9.txt", content);
        String tree = me().get(api.url("/users/api/files/intl")).then().statusCode(200).extract().asString();
        assertTrue(tree.contains("\"fileName\":\"mod\u00e8le \u00e9t\u00e9.txt\""), tree);
        byte[] back = me().get(api.url("/users/api/files/intl/mod\u00e8le \u00e9t\u00e9.txt")).then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''mod%C3%A8le%20%C3%A9t%C3%A9.txt"))
                .extract().asByteArray();
        assertArrayEquals(content, back);
    }

    private Response multipart(String path, String name, byte[] content) {
        Response r = me().multiPart("file", name, content).post(api.url(path));
        r.then().statusCode(200);
        return r;
    }

    /** The multipart body exactly as Python requests sends files={'file': f}: no part Content-Type. */
    private Response requestsStyleUpload(String path, String name, byte[] content) throws IOException {
        String boundary = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Response r = me().config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray()).post(api.url(path));
        r.then().statusCode(200);
        return r;
    }

    /** A request with the path sent as written: no client normalises or encodes it. */
    private HttpResponse<String> raw(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.url(path))).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Cookie", "session_token=" + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void refused(Response r, String message) {
        r.then().statusCode(200).body("ok", equalTo(false)).body("status", containsString(message));
    }

    /** The reply JESS recorded in the notebook's code cell whose source holds the marker (a Python dict, as JSON). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> recorded(String marker) {
        JsonPath nb = JsonPath.from(NOTEBOOK.toFile());
        List<Map<String, Object>> cells = nb.getList("cells");
        for (Map<String, Object> cell : cells) {
            String source = String.join("", (List<String>) cell.get("source"));
            if ("code".equals(cell.get("cell_type")) && source.contains(marker)) {
                List<Map<String, Object>> outputs = (List<Map<String, Object>>) cell.get("outputs");
                Map<String, Object> data = (Map<String, Object>) outputs.get(outputs.size() - 1).get("data");
                String python = String.join("", (List<String>) data.get("text/plain"));
                return JsonPath.from(python.replace('\'', '"').replace("True", "true").replace("False", "false")).getMap("$");
            }
        }
        throw new AssertionError("no notebook cell holds " + marker);
    }
}
