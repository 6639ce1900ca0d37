package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.RealEnergyPlus;
import org.junit.jupiter.api.Test;

/**
 * A jEPlus project on real EnergyPlus 25.2: the reference warehouse model as a template whose heating set point and
 * roof insulation are parameters (two values each), simulated for two January weeks, and two cells of the
 * eplustbl.csv 25.2 writes collected into AllCombinedResults.csv. CI sets JESS_REQUIRE_ENERGYPLUS=1.
 */
@OnePass
class RealJeplusIT extends OnDeployedServer {

    private static final Path HOME = RealEnergyPlus.HOME;

    private static final String PROJECT = """
            {"projectID": "W", "weatherDir": "./", "weatherFile": "chicago.epw", "idfdir": "./",
             "idftemplate": "warehouse.idf",
             "parameters": [
               {"id": "P0", "name": "set point", "searchString": "@@htg@@", "type": "DOUBLE",
                "valuesString": "{10, 20}", "selectedAltValue": 0},
               {"id": "P1", "name": "roof insulation", "searchString": "@@ins@@", "type": "DOUBLE",
                "valuesString": "{0.02, 0.2}", "selectedAltValue": 0}],
             "execSettings": {"subSet": -1},
             "rvx": {"csvs": [
               {"sourceCsv": "eplustbl.csv", "fromReport": "Annual Building Utility Performance Summary",
                "fromFor": "Entire Facility", "fromTable": "End Uses", "fromColumn": "Natural Gas [GJ]",
                "fromRow": "Heating", "tableName": "heating", "columnHeaders": "Heating gas [GJ]"},
               {"sourceCsv": "eplustbl.csv", "fromReport": "Annual Building Utility Performance Summary",
                "fromFor": "Entire Facility", "fromTable": "Site and Source Energy",
                "fromColumn": "Total Energy [GJ]", "fromRow": "Total Site Energy", "tableName": "site",
                "columnHeaders": "Site energy [GJ]"}]}}
            """;

    /** The reference model with its weather-file run on (two January weeks) and the two tags in place. */
    private static String template() throws Exception {
        String idf = Files.readString(HOME.resolve("fixtures/warehouse.idf"), StandardCharsets.UTF_8);
        String t = replaceOnce(idf, "    NO,                      !- Run Simulation for Weather File Run Periods",
                "    YES,                     !- Run Simulation for Weather File Run Periods");
        t = replaceOnce(t, "    12,                      !- End Month", "    1,                       !- End Month");
        t = replaceOnce(t, "    31,                      !- End Day of Month", "    14,                      !- End Day of Month");
        t = replaceOnce(t, "    Until: 24:00,15.6;       !- Field 3", "    Until: 24:00,@@htg@@;       !- Field 3");
        return replaceOnce(t, "    0.0822341258092582,      !- Thickness {m}", "    @@ins@@,      !- Thickness {m}");
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, "exactly one '" + from + "' in warehouse.idf");
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Submits the project's files (under warehouse/, with the weather file) as subset ALL; returns the job's id. */
    private long runs(JobClient client, Map<String, byte[]> files, int cases) throws Exception {
        files.put("warehouse/chicago.epw", Files.readAllBytes(HOME.resolve("fixtures/chicago.epw")));
        long id = client.submitOk(given().multiPart("file", "warehouse.zip", JobClient.zip(files))
                .multiPart("type", "JEP").multiPart("subset", "ALL"));
        JsonPath s = client.awaitTerminal(id, Duration.ofMinutes(4));
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals(cases + ", 0, 0, 0, 0, 0, " + cases, s.getString("data.progress"));
        return id;
    }

    /** The rows of AllCombinedResults.csv after its header, each checked to hold a heating and a site energy figure. */
    private static List<String> resultRows(JobClient client, long id, int cases) {
        String combined = client.request().get(client.url("/jess_web/api/job/file/" + id + "/AllCombinedResults.csv"))
                .then().statusCode(200).extract().asString();
        List<String> lines = Arrays.stream(combined.split("\\r?\\n")).filter(l -> !l.isEmpty()).toList();
        assertEquals(cases + 1, lines.size(), combined);
        assertTrue(lines.get(0).endsWith(",c0: Heating gas [GJ],c1: Site energy [GJ]"), lines.get(0));
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split(",");
            double gas = Double.parseDouble(cells[cells.length - 2]);
            double site = Double.parseDouble(cells[cells.length - 1]);
            assertTrue(gas > 0 && site > gas, row);
        }
        return lines.subList(1, lines.size());
    }

    private static Set<String> heating(List<String> rows) {
        Set<String> heating = new HashSet<>();
        rows.forEach(r -> heating.add(r.split(",")[r.split(",").length - 2]));
        return heating;
    }

    private JobClient client(String prefix) {
        Api api = Api.at(deployment);
        return new JobClient(api, api.token(api.newUser(prefix), Api.PASSWORD));
    }

    @Test
    void fourCasesOfAProjectGiveFourDifferentResultRows() throws Exception {
        RealEnergyPlus.require();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("warehouse/project.json", PROJECT.getBytes(StandardCharsets.UTF_8));
        files.put("warehouse/warehouse.idf", template().getBytes(StandardCharsets.UTF_8));
        JobClient client = client("realjep");
        long id = runs(client, files, 4);
        assertEquals(4, heating(resultRows(client, id, 4)).size(), "each case heats differently");
    }

    @Test
    void anImfTemplateRunsThroughEpMacroWithTheTagsOfItsIncludes() throws Exception {
        RealEnergyPlus.require();
        // the roof insulation, with its tag, moves into a file the template includes
        String t = template();
        int name = t.indexOf("Metal Semi-Cond Roof Insulation,  !- Name");
        int start = t.lastIndexOf("  Material,", name);
        int end = t.indexOf('\n', t.indexOf(';', name)) + 1;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("warehouse/project.json", PROJECT.replace("warehouse.idf", "warehouse.imf")
                .replace("{10, 20}", "{15}").getBytes(StandardCharsets.UTF_8));
        files.put("warehouse/warehouse.imf", (t.substring(0, start) + "##include roof.idf\n" + t.substring(end))
                .getBytes(StandardCharsets.UTF_8));
        files.put("warehouse/roof.idf", t.substring(start, end).getBytes(StandardCharsets.UTF_8));
        JobClient client = client("realimf");
        long id = runs(client, files, 2);
        assertEquals(2, heating(resultRows(client, id, 2)).size(), "the included insulation changes the heating");
        String model = client.request().get(client.url("/jess_web/api/job/file/" + id + "/EP_W-T_0-W_0-P0_0-P1_1/in.idf"))
                .then().statusCode(200).extract().asString();
        assertTrue(model.contains("Metal Semi-Cond Roof Insulation,"), "EP-Macro inlined roof.idf");
        assertTrue(model.contains("0.2,"), "the tag of the included file is replaced");
        assertTrue(!model.contains("@@") && !model.contains("##include"), "nothing of the template is left");
    }
}
