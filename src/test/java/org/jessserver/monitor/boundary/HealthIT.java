package org.jessserver.monitor.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * /health/live and /health/ready on the uberjar, its data folder on a small tmpfs and its database outside it: the
 * folder turned read-only, and then filled below JESS_MIN_FREE_BYTES, makes readiness DOWN (503) naming why, and
 * UP again once undone. Remounting needs root (CI sets JESS_REQUIRE_TMPFS=1, so there it cannot be skipped);
 * without root a chmod makes the folder unwritable instead, and the free-space step is skipped.
 */
@OnePass
class HealthIT {

    private static final int MIB = 1 << 20;

    @TempDir
    Path root;

    @RegisterExtension
    final SmallDisk disk = SmallDisk.tmpfsOrPlainFolder(8);

    @Test
    void liveAndReadyAreUpWithNamedChecksAndReadinessFollowsTheDataFolder() throws Exception {
        Path data = disk.folder();
        Path serverDir = root.resolve("server");
        try (ServerProcess server = new ServerProcess(serverDir, Map.of(
                "JESS_DATA_DIR", data.toString(),
                "JESS_DB_URL", "jdbc:h2:file:" + serverDir.toAbsolutePath().resolve("db/jess") + ";LOCK_TIMEOUT=10000",
                "JESS_DISK_RESERVE_BYTES", "0",
                "JESS_MIN_FREE_BYTES", "4 MiB",
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"))).start()) {
            String base = "http://127.0.0.1:" + server.port();

            JsonPath live = health(base + "/health/live", 200);
            assertEquals("UP", live.getString("status"));
            assertEquals(List.of("timers"), live.getList("checks.name"));
            Map<String, Object> timers = live.getMap("checks[0].data");
            assertEquals(List.of("cancel-sweeper", "lease-heartbeat", "lease-reaper", "lease-watch"),
                    timers.keySet().stream().sorted().toList(), timers.toString());

            JsonPath ready = health(base + "/health/ready", 200);
            assertEquals("UP", ready.getString("status"));
            assertEquals(List.of("data-folder", "database", "engines"),
                    ready.getList("checks.name", String.class).stream().sorted().toList());
            assertEquals(System.getProperty("fake.engine"), check(ready, "engines").getString("data.'99.1'"));

            assertTrue(disk.makeReadOnly());
            JsonPath down = health(base + "/health/ready", 503);
            assertEquals("DOWN", down.getString("status"));
            assertEquals("DOWN", check(down, "data-folder").getString("status"));
            assertTrue(check(down, "data-folder").getString("data.problem").contains("is not writable"), down.prettify());
            assertEquals("UP", check(down, "database").getString("status"));
            assertEquals("UP", health(base + "/health/live", 200).getString("status"));

            assertTrue(disk.makeWritable());
            assertEquals("UP", health(base + "/health/ready", 200).getString("status"));

            if (disk.mounted()) {
                Path ballast = data.resolve("ballast.bin");
                Files.write(ballast, new byte[5 * MIB]);
                JsonPath full = health(base + "/health/ready", 503);
                JsonPath folder = check(full, "data-folder");
                long free = Long.parseLong(folder.getString("data.free_bytes"));
                assertTrue(free < 4 * MIB, full.prettify());
                assertTrue(folder.getString("data.problem").contains("(" + free + " bytes) free"), full.prettify());
                Files.delete(ballast);
                assertEquals("UP", health(base + "/health/ready", 200).getString("status"));
            }
        }
    }

    private static JsonPath health(String url, int status) {
        Response r = given().get(url);
        assertEquals(status, r.statusCode(), r.asString());
        return r.jsonPath();
    }

    /** The check of that name in a health reply. */
    private static JsonPath check(JsonPath reply, String name) {
        assertTrue(reply.getList("checks.name").contains(name), "no check " + name + " in " + reply.prettify());
        return new JsonPath(reply.prettify()).setRootPath("checks.find { it.name == '" + name + "' }");
    }
}
