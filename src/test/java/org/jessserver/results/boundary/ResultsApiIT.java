package org.jessserver.results.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jessserver.testing.Api;
import org.jessserver.testing.Deployments;
import org.jessserver.testing.JobClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Downloading results: the folder tree, the whole folder as a zip, by extension, one file; no way out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL deployment;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    JobClient client;
    String token;
    long id;

    @BeforeEach
    void finishedJob() throws InterruptedException {
        Api api = Api.at(deployment);
        token = api.token(api.newUser("results"), Api.PASSWORD);
        client = new JobClient(api, token);
        id = client.submitOk(given().multiPart("file", "box.idf", JobClient.fakeModel())
                .multiPart("file", "in.epw", JobClient.weather()));
        client.awaitTerminal(id, Duration.ofSeconds(60));
    }

    @Test
    void treeShowsInputsCaseFolderAndSummary() {
        JsonPath tree = client.request().get(client.url("/jess_web/api/job/dir/" + id)).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(tree.getBoolean("ok"));
        assertEquals(String.valueOf(id), tree.getString("data.name"));
        assertEquals("folder", tree.getString("data.type"));
        List<String> top = tree.getList("data.children.name");
        assertTrue(top.containsAll(List.of("box", "input", "job_summary.csv")), top.toString());
        List<String> caseFiles = tree.getList("data.children.find { it.name == 'box' }.children.name");
        assertTrue(caseFiles.containsAll(List.of("console.log", "eplusout.end", "eplustbl.csv")), caseFiles.toString());
        assertFalse(caseFiles.stream().anyMatch(n -> n.startsWith(".")), "internal files are hidden: " + caseFiles);
        assertTrue(tree.getLong("data.children.find { it.name == 'box' }.children.find { it.name == 'eplusout.end' }.size") > 0);
    }

    @Test
    void zipHasTheWholeFolderOrTheChosenExtensions() throws IOException {
        Response all = client.request().get(client.url("/jess_web/api/job/file/" + id));
        all.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("job_" + id + ".zip"));
        List<String> names = entries(all.asByteArray());
        assertTrue(names.containsAll(List.of("box/eplusout.end", "box/eplustbl.csv", "input/box.idf", "job_summary.csv")),
                names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("/.") || n.startsWith(".")), names.toString());

        List<String> some = entries(client.request().get(client.url("/jess_web/api/job/file/" + id + "?ext=err,CSV"))
                .asByteArray());
        assertFalse(some.isEmpty());
        assertTrue(some.stream().allMatch(n -> n.endsWith(".err") || n.endsWith(".csv")), some.toString());
        assertTrue(some.contains("box/eplusout.err") && some.contains("box/eplustbl.csv"), some.toString());
    }

    @Test
    void oneFileAndNoWayOutOfTheFolder() throws Exception {
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/box/eplusout.end")).then().statusCode(200)
                .header("Content-Disposition", containsString("eplusout.end"))
                .body(containsString("EnergyPlus Completed Successfully"));
        for (String path : List.of("../../../../etc/passwd", "box/../../" + id + "/box/eplusout.end/../../../x",
                "%2E%2E/%2E%2E/etc/passwd", "box/.jess-pid", "input/../..", "nothing.txt", "box")) {
            // java.net.http sends the path as written; rest-assured's client would normalise the dots away
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                            URI.create(client.url("/jess_web/api/job/file/" + id + "/" + path)))
                    .header("Cookie", "session_token=" + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().startsWith("{\"ok\":false,"), path + " -> " + r.body());
        }
    }

    @Test
    void downloadMarksTheJobRetrieved() {
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/job_summary.csv")).then().statusCode(200);
        JsonPath list = client.request().get(client.url("/jess_web/api/jobs")).jsonPath();
        assertTrue(list.getLong("data.find { it.job_SN == " + id + " }.retrieved") > 0);
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
