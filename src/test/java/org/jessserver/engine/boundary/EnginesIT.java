package org.jessserver.engine.boundary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jessserver.testing.Api;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /jess_web/api/engines: the versions for every logged-on user, the executables for administrators only. */
@OnePass
class EnginesIT extends OnDeployedServer {

    Api api;

    /** pom.xml's JESS_ENGINES, in version order; 25.2 only where .ci/install-energyplus.sh has installed it. */
    private static Map<String, String> configured() {
        String fake = System.getProperty("fake.engine");
        Path real = Path.of(System.getProperty("jess.ep.home"), "bin", "energyplus");
        Map<String, String> engines = new LinkedHashMap<>();
        engines.put("8.9", fake);
        if (Files.isExecutable(real)) {
            engines.put("25.2", real.toString());
        }
        engines.put("99.1", fake);
        return engines;
    }

    @BeforeEach
    void connect() {
        api = Api.at(deployment);
    }

    private String engines(String token) {
        return given().cookie("session_token", token).get(api.url("/jess_web/api/engines"))
                .then().statusCode(200).extract().asString();
    }

    @Test
    void aUserSeesTheVersionsOnly() {
        String token = api.token(api.newUser("engines"), Api.PASSWORD);
        Map<String, String> engines = configured();
        String data = engines.keySet().stream().map(v -> "{\"version\":\"" + v + "\"}").collect(Collectors.joining(","));
        assertEquals("{\"ok\":true,\"status\":\"" + engines.size() + " engines available\",\"data\":[" + data + "]}",
                engines(token));
    }

    @Test
    void anAdministratorAlsoSeesWhere() {
        Map<String, String> engines = configured();
        String data = engines.entrySet().stream()
                .map(e -> "{\"version\":\"" + e.getKey() + "\",\"path\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        assertEquals("{\"ok\":true,\"status\":\"" + engines.size() + " engines available\",\"data\":[" + data + "]}",
                engines(api.adminToken()));
    }

    @Test
    void withoutLogOnIs401() {
        given().get(api.url("/jess_web/api/engines")).then().statusCode(401)
                .body("ok", equalTo(false))
                .body("status", equalTo("Not logged on: send the session_token cookie from /users/api/auth"))
                .body("data", nullValue());
    }
}
