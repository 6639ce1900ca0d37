package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jEPlus projects through the API as JESS's clients send them: the notebook's zipped Shoebox project (its models are
 * EnergyPlus 8.9, which the tests' server runs on the stand-in engine), subsets, result tables, refusals and cancel.
 */
class JeplusProjectsIT extends OnDeployedServer {

    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Path EXAMPLE = JobClient.FIXTURES.resolve("jeplus_example");

    /** A heating item of rvx that reads the stand-in engine's End Uses table (fake directive heating=...). */
    private static final String HEATING_RVX = """
            "rvx": {"csvs": [{"sourceCsv": "eplustbl.csv", "fromReport": "Annual Building Utility Performance Summary",
              "fromFor": "Entire Facility", "fromTable": "End Uses", "fromColumn": "District Heating [kWh]",
              "fromRow": "Heating", "tableName": "heating", "columnHeaders": "Heating [kWh]", "usedInCalc": true}]}""";

    Api api;
    JobClient client;

    @BeforeEach
    void user() {
        api = Api.at(deployment);
        client = new JobClient(api, api.token(api.newUser("jeplus"), Api.PASSWORD));
    }

    /** A small project: one weather file, a template for the stand-in engine, the given parameters. */
    private static byte[] project(String parameters, String template) throws IOException {
        String json = "{\"projectID\": \"G\", \"weatherDir\": \"./\", \"weatherFile\": \"in.epw\", \"idfdir\": \"./\","
                + " \"idftemplate\": \"model.idf\", \"parameters\": [" + parameters + "],"
                + " \"execSettings\": {\"subSet\": -1}, " + HEATING_RVX + "}";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("proj/project.json", json.getBytes(StandardCharsets.UTF_8));
        files.put("proj/model.idf", template.getBytes(StandardCharsets.UTF_8));
        files.put("proj/in.epw", JobClient.weather());
        return JobClient.zip(files);
    }

    private static String parameter(String id, String tag, String type, String values) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"searchString\": \"" + tag + "\", \"type\": \""
                + type + "\", \"valuesString\": \"" + values + "\", \"selectedAltValue\": 0}";
    }

    private static byte[] exampleZip() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(EXAMPLE)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(EXAMPLE.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return JobClient.zip(files);
    }

    private String file(long id, String path) {
        return client.request().get(client.url("/jess_web/api/job/file/" + id + "/" + path)).then().statusCode(200)
                .extract().asString();
    }

    private JsonPath listed(long id) {
        return client.request().get(client.url("/jess_web/api/jobs")).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\r?\n")).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void everyCaseOfAllRunsWithItsValuesAndTheTablesHoldItsResults() throws Exception {
        byte[] zip = project(parameter("P0", "@@heat@@", "DOUBLE", "{10, 20.5}") + ","
                + parameter("P1", "@@ts@@", "INTEGER", "[4:2:6]"), "Version,8.9;\n! fake: heating=@@heat@@\nTimestep,@@ts@@;\n");
        long id = client.submitOk(given().multiPart("file", "proj.zip", zip).multiPart("type", "JEP")
                .multiPart("subset", "ALL").multiPart("title", "two by two"));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("Job finished. Results collected into tables.", s.getString("data.status_Info"));
        assertEquals("4, 0, 0, 0, 0, 0, 4", s.getString("data.progress"));
        JsonPath job = listed(id);
        String me = "data.find { it.job_SN == " + id + " }";
        assertEquals("JE_JEP", job.getString(me + ".job_Type"));
        assertEquals("ALL", job.getString(me + ".job_Subset"));

        assertTrue(file(id, "EP_G-T_0-W_0-P0_1-P1_0/in.idf").contains("! fake: heating=20.5\nTimestep,4;"));
        assertTrue(file(id, "EP_G-T_0-W_0-P0_0-P1_1/in.idf").contains("! fake: heating=10\nTimestep,6;"));
        List<String> combined = lines(file(id, "AllCombinedResults.csv"));
        assertEquals("#,Job_ID,WeatherFile,ModelFile,@@heat@@,@@ts@@,Message,Warnings,Errors,Hours,Minutes,Seconds,"
                + "c0: Heating [kWh]", combined.get(0));
        assertEquals(5, combined.size(), combined.toString());
        assertTrue(combined.get(1).startsWith("0,EP_G-T_0-W_0-P0_0-P1_0,in.epw,model.idf,10,4,"
                + "EnergyPlus Completed Successfully,0,0,0,0,0.01,10.0"), combined.get(1));
        assertTrue(combined.get(4).endsWith(",20.5"), combined.get(4));
        assertEquals("#,Job_ID,Reserved,Heating [kWh]", lines(file(id, "heating.csv")).get(0));
        assertEquals(5, lines(file(id, "joblist_out.csv")).size());
    }

    @Test
    void theNotebooksLhsSubmissionOfTheExampleProjectRunsTenCases() throws Exception {
        long id = client.submitOk(given().multiPart("file", "files.zip", exampleZip(), "application/zip")
                .multiPart("type", "JEP").multiPart("title", "jEPlus project example")
                .multiPart("subset", "LHS").multiPart("cases", "10"));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("10, 0, 0, 0, 0, 0, 10", s.getString("data.progress"));
        String me = "data.find { it.job_SN == " + id + " }";
        JsonPath job = listed(id);
        assertEquals("LHS_RANDOM", job.getString(me + ".job_Subset"));
        assertEquals(10, job.getInt(me + ".njobs"));
        String model = file(id, "LHS-000009/in.idf");
        assertFalse(model.contains("@@"), "every tag is replaced");
        assertEquals(11, lines(file(id, "AllCombinedResults.csv")).size());
    }

    @Test
    void aListFileNamesTheCasesAndTheirFolders() throws Exception {
        long id = client.submitOk(given().multiPart("file", "files.zip", exampleZip(), "application/zip")
                .multiPart("type", "JEP").multiPart("subset", "LIST_FILE").multiPart("cases", "jobs.txt"));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("20, 0, 0, 0, 0, 0, 20", s.getString("data.progress"));
        assertEquals("LIST_FILE", listed(id).getString("data.find { it.job_SN == " + id + " }.job_Subset"));
        // jobs.txt's first line: @@ins2@@ = 0.20, so @@win_x@@ = 2 - 0.20/2
        String model = file(id, "C-2_0_1_0_11_1_4_2_15_0_10_5_6_10/in.idf");
        assertFalse(model.contains("@@"), "every tag is replaced");
        assertFalse(model.contains("?="), "formulas are evaluated");
        assertTrue(model.contains("1.9"), "@@win_x@@ is 1.9");
    }

    @Test
    void refusalsNameTheProblemAndLeaveNoJob() throws Exception {
        int before = client.request().get(client.url("/jess_web/api/jobs")).jsonPath().getList("data").size();
        refused(given().multiPart("file", "files.zip", exampleZip()).multiPart("type", "JEP").multiPart("subset", "ALL"),
                "Project expands to 8606062080 cases, more than the limit of 100000; use subset LHS to sample it");
        refused(given().multiPart("file", "p.zip", JobClient.zip(Map.of("proj/project.json", "{\"parameters\": [".getBytes(),
                "proj/model.idf", "Version,8.9;".getBytes(), "proj/in.epw", JobClient.weather()))).multiPart("type", "JEP"),
                "project.json");
        refused(given().multiPart("file", "p.zip", project(parameter("P0", "@@heat@@", "DOUBLE", "5"),
                "Version,8.9;\n! @@heat@@\n")).multiPart("type", "JEP"), "P0");
        refused(given().multiPart("file", "p.zip", project(parameter("P0", "@@absent@@", "DOUBLE", "{5}"),
                "Version,8.9;\n")).multiPart("type", "JEP"), "@@absent@@");
        refused(given().multiPart("file", "files.zip", exampleZip()).multiPart("type", "JEP")
                .multiPart("subset", "LIST_FILE").multiPart("cases", "no-such-list.txt"), "no-such-list.txt");
        refused(given().multiPart("file", "files.zip", exampleZip()).multiPart("type", "JEP")
                .multiPart("subset", "SOME"), "SOME");
        assertEquals(before, client.request().get(client.url("/jess_web/api/jobs")).jsonPath().getList("data").size());
    }

    private void refused(io.restassured.specification.RequestSpecification parts, String expected) {
        JsonPath r = client.submit(parts);
        assertFalse(r.getBoolean("ok"), r.prettify());
        assertTrue(r.getString("status").contains(expected), "expected '" + expected + "' in: " + r.getString("status"));
    }

    @Test
    void aModelVersionWithoutEngineRejectsTheJobNamingBothVersions() throws Exception {
        long id = client.submitOk(given().multiPart("file", "p.zip", project(parameter("P0", "@@heat@@", "DOUBLE",
                "{1, 2}"), "Version,7.2;\n! @@heat@@\n")).multiPart("type", "JEP").multiPart("subset", "ALL"));
        JsonPath s = client.awaitTerminal(id, LIMIT);
        assertEquals("REJECTED", s.getString("data.status"), s.prettify());
        assertTrue(s.getString("data.status_Info").contains("version 7.2"), s.getString("data.status_Info"));
        assertTrue(s.getString("data.status_Info").contains("8.9"), s.getString("data.status_Info"));
    }

    @Test
    void aCancelledProjectEndsCanceledWithTheTablesOfItsSimulatedCases() throws Exception {
        long id = client.submitOk(given().multiPart("file", "p.zip", project(parameter("P0", "@@s@@", "INTEGER",
                "{0, 600}"), "Version,8.9;\n! fake: sleep=@@s@@ heating=@@s@@\n")).multiPart("type", "JEP")
                .multiPart("subset", "ALL"));
        client.awaitStatus(id, s -> s.getInt("data.cases.running") == 1 && s.getInt("data.cases.simulated") == 1,
                LIMIT);
        JsonPath reply = client.request().contentType("application/json").body("{\"cmd\": \"Cancel\"}")
                .post(client.url("/jess_web/api/job/" + id)).then().statusCode(200).extract().jsonPath();
        assertEquals("Cancel flag has been set for " + id, reply.getString("status"));
        JsonPath s = client.awaitStatus(id, p -> "CANCELED".equals(p.getString("data.status")), LIMIT);
        assertEquals("Job is cancelled", s.getString("data.status_Info"));
        assertEquals("2, 0, 0, 1, 0, 1, 0", s.getString("data.progress"));
        List<String> combined = lines(file(id, "AllCombinedResults.csv"));
        assertEquals(2, combined.size(), combined.toString());
        assertTrue(combined.get(1).contains("EP_G-T_0-W_0-P0_0"), combined.get(1));
    }
}
