package org.jessserver.job.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.RealEnergyPlus;
import org.junit.jupiter.api.Test;

/**
 * A real EnergyPlus 25.2 (installed by .ci/install-energyplus.sh from PyPI) runs a reference model
 * submitted through the API. CI sets JESS_REQUIRE_ENERGYPLUS=1, so there the test cannot be skipped.
 */
@OnePass
class RealEnergyPlusIT extends OnDeployedServer {

    private static final Path HOME = RealEnergyPlus.HOME;

    @Test
    void referenceModelRunsToCompletion() throws Exception {
        RealEnergyPlus.require();
        Api api = Api.at(deployment);
        JobClient client = new JobClient(api, api.token(api.newUser("real"), Api.PASSWORD));
        long id = client.submitOk(given()
                .multiPart("file", HOME.resolve("fixtures/warehouse.idf").toFile())
                .multiPart("file", HOME.resolve("fixtures/chicago.epw").toFile())
                .multiPart("title", "Warehouse, Chicago"));
        JsonPath s = client.awaitTerminal(id, Duration.ofMinutes(3));
        assertEquals("FINISHED", s.getString("data.status"), s.prettify());
        assertEquals("1, 0, 0, 0, 0, 0, 1", s.getString("data.progress"));
        client.request().get(client.url("/jess_web/api/job/file/" + id + "/eplusout.end")).then()
                .statusCode(200).body(containsString("EnergyPlus Completed Successfully"));
        byte[] zip = client.request().get(client.url("/jess_web/api/job/file/" + id + "?ext=csv,end")).asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertTrue(names.contains("eplustbl.csv"), names.toString());
        assertTrue(names.contains("eplusout.end"), names.toString());
        JsonPath list = client.request().get(client.url("/jess_web/api/jobs")).jsonPath();
        assertTrue(list.getInt("data.find { it.job_SN == " + id + " }.cputime") >= 0, list.prettify());
    }
}
