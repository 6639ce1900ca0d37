package org.jessserver.results.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Results: the folder tree in JESS's jsTree form, the folder as a zip, by extension, one file to download or to
 * view in a browser; no way out of the folder, nothing of another user's. Jobs have two cases (a and b), so the
 * tests hold whether a one-case job's folder is flat or not.
 */
class ResultsApiIT extends OnDeployedServer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAGE = "<html><body><script>fetch('/users/api/user')</script>report</body></html>";
    // a quote, a space and accented letters: the name needs RFC 6266's filename*
    private static final String ODD_NAME = "r\u00e9sum\u00e9 \"1\".txt";

    Api api;
    JobClient client;
    String token;
    long id;
    long submitted;

    @BeforeEach
    void finishedJob() throws Exception {
        api = Api.at(deployment);
        token = api.token(api.newUser("results"), Api.PASSWORD);
        client = new JobClient(api, token);
        submitted = System.currentTimeMillis();
        id = client.submitOk(given()
                .multiPart("file", "a.idf", JobClient.fakeModel())
                .multiPart("file", "b.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather())
                .multiPart("file", "report.htm", PAGE.getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "odd.zip", JobClient.zip(Map.of(ODD_NAME, "odd\n".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("FINISHED", client.awaitTerminal(id, Duration.ofSeconds(60)).getString("data.status"));
    }

    @Test
    void treeHasJessFieldsOnEveryNode() {
        Response r = client.request().get(client.url("/jess_web/api/job/dir/" + id));
        r.then().statusCode(200).body("ok", equalTo(true)).body("status", equalTo(id + " status available"));
        String raw = r.asString();
        // present even where empty or null: jsTree and the notebooks read them
        assertTrue(raw.contains("\"id\":null"), raw);
        assertTrue(raw.contains("\"li_attr\":{}"), raw);
        // JESS's order of fields, as the notebook recorded it
        assertTrue(raw.startsWith("{\"ok\":true,\"status\":\"" + id + " status available\",\"data\":{\"state\":"
                + "{\"disabled\":false,\"openned\":false,\"selected\":false},\"text\":\"" + id + " [*]\",\"data\":"
                + "{\"fullPath\":\"/\",\"folder\":true,\"lastModified\":"), raw);
        assertTrue(raw.contains(",\"type\":\"root\",\"id\":null,\"a_attr\":{\"title\":\"/ total size "), raw);
        List<Map<String, Object>> nodes = new ArrayList<>();
        collect(r.jsonPath().getMap("data"), nodes);
        for (Map<String, Object> n : nodes) {
            assertEquals(Set.of("state", "text", "data", "type", "id", "a_attr", "li_attr", "children"), n.keySet(),
                    n.toString());
            assertNull(n.get("id"));
            assertEquals(Map.of(), n.get("li_attr"));
            Map<?, ?> data = (Map<?, ?>) n.get("data");
            assertEquals(Set.of("fullPath", "folder", "lastModified", "size"), data.keySet(), n.toString());
        }
    }

    @Test
    void rootIsTheJobWithTheTotalOfWhatIsShown() {
        JsonPath tree = tree();
        assertEquals(id + " [*]", tree.getString("data.text"));
        assertEquals("root", tree.getString("data.type"));
        assertEquals("/", tree.getString("data.data.fullPath"));
        assertTrue(tree.getBoolean("data.data.folder"));
        long total = tree.getLong("data.data.size");
        assertEquals(total, tree.getList("data.children.data.size", Long.class).stream().mapToLong(Long::longValue).sum());
        assertTrue(tree.getString("data.a_attr.title").matches("/ total size \\d+(\\.\\d{1,2})? (kB|MB)"),
                tree.getString("data.a_attr.title"));
    }

    @Test
    void childrenAreSortedByName() {
        JsonPath tree = tree();
        List<String> top = tree.getList("data.children.data.fullPath");
        assertTrue(top.containsAll(List.of("/a", "/b")), top.toString());
        assertEquals(top.stream().sorted().toList(), top);
        List<String> inA = tree.getList("data.children.find { it.data.fullPath == '/a' }.children.data.fullPath");
        assertEquals(inA.stream().sorted().toList(), inA);
    }

    @Test
    void caseFolderAndItsFilesCarryPathsTypesSizesAndTimes() {
        JsonPath tree = tree();
        String a = "data.children.find { it.data.fullPath == '/a' }";
        assertEquals("folder", tree.getString(a + ".type"));
        assertTrue(tree.getBoolean(a + ".data.folder"));
        long folderSize = tree.getLong(a + ".data.size");
        assertEquals(folderSize, tree.getList(a + ".children.data.size", Long.class).stream().mapToLong(Long::longValue).sum());
        assertTrue(tree.getString(a + ".text").startsWith("a ("), tree.getString(a + ".text"));
        List<String> files = tree.getList(a + ".children.data.fullPath");
        assertTrue(files.containsAll(List.of("/a/console.log", "/a/eplusout.end", "/a/eplustbl.csv")), files.toString());
        assertFalse(files.stream().anyMatch(f -> f.contains("/.")), "the server's own records are hidden: " + files);

        String end = a + ".children.find { it.data.fullPath == '/a/eplusout.end' }";
        long size = tree.getLong(end + ".data.size");
        assertTrue(size > 0 && size < 1000, "the stand-in engine writes one line: " + size);
        assertEquals("eplusout.end (" + size + " B)", tree.getString(end + ".text"));
        assertEquals("end", tree.getString(end + ".type"));
        assertFalse(tree.getBoolean(end + ".data.folder"));
        assertTrue(tree.getList(end + ".children").isEmpty());
        long modified = tree.getLong(end + ".data.lastModified");
        assertTrue(modified >= submitted - 60_000 && modified <= System.currentTimeMillis() + 60_000, "" + modified);
        assertTrue(tree.getString(end + ".a_attr.title")
                        .matches("/a/eplusout\\.end last modfied at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"),
                tree.getString(end + ".a_attr.title"));
        assertEquals("log", tree.getString(a + ".children.find { it.data.fullPath == '/a/console.log' }.type"));
    }

    @Test
    void zipHasTheWholeFolderOrTheChosenExtensions() throws IOException {
        Response all = client.request().get(client.url("/jess_web/api/job/file/" + id));
        all.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", equalTo("attachment; filename=\"job_" + id + ".zip\""));
        List<String> names = entries(all.asByteArray());
        assertTrue(names.containsAll(List.of("a/eplusout.end", "a/eplustbl.csv", "b/eplusout.end")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("/.") || n.startsWith(".")), names.toString());

        List<String> some = entries(client.request().get(client.url("/jess_web/api/job/file/" + id + "?ext=err,CSV"))
                .asByteArray());
        assertTrue(some.stream().allMatch(n -> n.endsWith(".err") || n.endsWith(".csv")), some.toString());
        assertTrue(some.containsAll(List.of("a/eplusout.err", "a/eplustbl.csv", "b/eplusout.err")), some.toString());
    }

    @Test
    void oneFileAndNoWayOutOfTheFolder() throws Exception {
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/a/eplusout.end")).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"eplusout.end\""))
                .body(containsString("EnergyPlus Completed Successfully"));
        assertRefusedEverywhere("job/file");
    }

    @Test
    void aNonAsciiNameIsSentTheRfc6266Way() throws Exception {
        String path = uploadedFile(ODD_NAME);
        HttpResponse<String> r = get("/jess_web/api/job/file/" + id + "/" + path);
        assertEquals(200, r.statusCode());
        assertEquals("odd\n", r.body());
        assertEquals("attachment; filename=\"resume _1_.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%221%22.txt",
                r.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void aPageIsShownAsHtmlInASandbox() throws Exception {
        HttpResponse<String> r = get("/jess_web/api/job/text/" + id + "/" + uploadedFile("report.htm"));
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("sandbox", r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(r.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals(PAGE, r.body());
    }

    @Test
    void otherFilesAreShownAsPlainText() throws Exception {
        HttpResponse<String> r = get("/jess_web/api/job/text/" + id + "/a/eplusout.err");
        assertEquals(200, r.statusCode());
        assertEquals("text/plain; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("sandbox", r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.body().contains("EnergyPlus Completed Successfully"), r.body());
    }

    @Test
    void theTextViewHasNoWayOutOfTheFolder() throws Exception {
        assertRefusedEverywhere("job/text");
    }

    @Test
    void anotherUsersJobIsNotShown() {
        String other = api.newUser("peeker");
        JobClient intruder = new JobClient(api, api.token(other, Api.PASSWORD));
        for (String path : List.of("job/text/" + id + "/a/eplusout.err", "job/dir/" + id)) {
            intruder.request().get(api.url("/jess_web/api/" + path)).then().statusCode(200)
                    .contentType("application/json").body("ok", equalTo(false)).body("data", equalTo(null))
                    .body("status", equalTo("Job " + id + " is not accessible to user " + other));
        }
    }

    @Test
    void downloadMarksTheJobRetrieved() {
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/a/eplusout.end")).then().statusCode(200);
        JsonPath list = client.request().get(client.url("/jess_web/api/jobs")).jsonPath();
        assertTrue(list.getLong("data.find { it.job_SN == " + id + " }.retrieved") > 0);
    }

    private void assertRefusedEverywhere(String call) throws Exception {
        for (String path : List.of("../../../../etc/passwd", "a/../../" + id + "/a/eplusout.end/../../../x",
                "%2E%2E/%2E%2E/etc/passwd", "a/.jess-pid", "a/../..", "nothing.txt", "a")) {
            HttpResponse<String> r = get("/jess_web/api/" + call + "/" + id + "/" + path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().startsWith("{\"ok\":false,"), path + " -> " + r.body());
            assertFalse(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        }
    }

    /** Where an uploaded file ended up: found in the tree, since a one-case job keeps no input folder. */
    private String uploadedFile(String name) {
        List<String> paths = new ArrayList<>();
        collectPaths(tree().getMap("data"), paths);
        String found = paths.stream().filter(p -> p.endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + paths));
        List<String> encoded = new ArrayList<>();
        for (String part : found.substring(1).split("/")) {
            encoded.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", encoded);
    }

    private JsonPath tree() {
        return client.request().get(client.url("/jess_web/api/job/dir/" + id)).then().statusCode(200).extract().jsonPath();
    }

    // java.net.http sends the path as written; rest-assured's client would normalise the dots away
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(client.url(path)))
                .header("Cookie", "session_token=" + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> node, List<Map<String, Object>> out) {
        out.add(node);
        for (Object child : (List<Object>) node.get("children")) {
            collect((Map<String, Object>) child, out);
        }
    }

    private static void collectPaths(Map<String, Object> node, List<String> out) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        collect(node, nodes);
        nodes.forEach(n -> out.add((String) ((Map<?, ?>) n.get("data")).get("fullPath")));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.add(e.getName());
            }
        }
        return out;
    }
}
