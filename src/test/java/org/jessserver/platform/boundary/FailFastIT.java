package org.jessserver.platform.boundary;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jessserver.testing.OnePass;
import org.jessserver.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uberjar does not run on when it cannot work: it exits with a non-zero status and one line naming
 * the cause, instead of answering every path with an HTML 404.
 */
@OnePass
class FailFastIT {

    private static final String PREFIX = "jess-server: cannot start: ";

    @TempDir
    Path dir;

    @Test
    void aDataFolderInsideAFileIsRefusedWithOneLineBeforePayaraBoots() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Path data = file.resolve("data");
        try (ServerProcess server = new ServerProcess(dir.resolve("logs"), Map.of("JESS_DATA_DIR", data.toString()))) {
            assertFailed(server.launch().awaitExit(Duration.ofSeconds(60)), server);
            // nothing but the line: the refusal comes before Payara Micro boots
            assertEquals(List.of(PREFIX + "data folder " + data + " is not writable (not a directory)"),
                    printed(server));
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedWithOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(data), "root writes to any folder: a read-only folder needs another user");
            try (ServerProcess server = new ServerProcess(dir.resolve("logs"), Map.of("JESS_DATA_DIR", data.toString()))) {
                assertFailed(server.launch().awaitExit(Duration.ofSeconds(60)), server);
                assertEquals(List.of(PREFIX + "data folder " + data + " is not writable (permission denied)"),
                        printed(server));
            }
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondServerOnTheSameEmbeddedDatabaseIsRefusedAndTheFirstRunsOn() throws Exception {
        // the embedded H2 file: the PostgreSQL pass has no file to hold
        Path data = dir.resolve("shared");
        try (ServerProcess first = new ServerProcess(data, Map.of()).start();
             ServerProcess second = new ServerProcess(data, Map.of())) {
            // the launcher waits 10 s for a server that is just stopping to let go of the file
            assertFailed(second.launch().awaitExit(Duration.ofSeconds(60)), second);
            assertEquals(List.of(PREFIX + "database file " + data.resolve("db/jess.mv.db")
                    + " is in use by another process (another jess-server on this data folder?)"), printed(second));
            given().get(first.api().url("/users/api/info")).then().statusCode(200);
        }
    }

    @Test
    void aDatabaseServerThatDoesNotAnswerIsRefusedWithOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (ServerProcess server = new ServerProcess(dir.resolve("no-db"), Map.of("JESS_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + port + "/jess", "JESS_DB_USER", "jess", "JESS_DB_PASSWORD", "jess")).launch()) {
            // the launcher gives a database server that is just starting 10 s
            assertFailed(server.awaitExit(Duration.ofSeconds(60)), server);
            assertEquals(List.of(PREFIX + "database server 127.0.0.1:" + port + " does not answer (Connection refused)"),
                    printed(server));
        }
    }

    @Test
    void aFailedDeploymentEndsTheServerInsteadOfLeavingItAnsweringEveryPathWith404() throws Exception {
        // the application's data source cannot be defined: Payara Micro's deployment of it fails
        try (ServerProcess server = new ServerProcess(dir.resolve("bad-class"),
                Map.of("JESS_DB_CLASS", "org.jessserver.NoSuchDataSource")).launch()) {
            assertFailed(server.awaitExit(Duration.ofMinutes(3)), server);
            List<String> ours = server.log().lines().filter(l -> l.startsWith("jess-server:")).toList();
            assertEquals(List.of(PREFIX + "the application did not deploy (its log above names the cause)"), ours);
        }
    }

    @Test
    void aSettingThatIsNotADurationEndsTheServerAndItsLogNamesTheSettingAndTheFormsThatWork() throws Exception {
        try (ServerProcess server = new ServerProcess(dir.resolve("bad-duration"), Map.of("JESS_LEASE", "soon")).launch()) {
            assertFailed(server.awaitExit(Duration.ofMinutes(3)), server);
            List<String> ours = server.log().lines().filter(l -> l.startsWith("jess-server:")).toList();
            assertEquals(List.of(PREFIX + "the application did not deploy (its log above names the cause)"), ours);
            assertTrue(server.log().contains("jess.lease"), "the setting is named in the log");
            assertTrue(server.log().contains("'soon' is not a duration: write 12h, 30m"), "what would work is in the log");
        }
    }

    @Test
    void aPortInUseEndsTheServerWithANonZeroStatus() throws Exception {
        try (ServerProcess server = new ServerProcess(dir.resolve("port"), Map.of());
             ServerSocket taken = new ServerSocket(server.port())) {
            assertFailed(server.launch().awaitExit(Duration.ofMinutes(3)), server);
            List<String> ours = server.log().lines().filter(l -> l.startsWith("jess-server:")).toList();
            assertEquals(List.of(PREFIX + "Payara Micro did not start (its log above names the cause)"), ours);
            assertTrue(server.log().contains("Address already in use"), "the cause is in the log");
        }
    }

    /** What the process printed, but for the JVM's own notices (JAVA_TOOL_OPTIONS on some CI machines). */
    private static List<String> printed(ServerProcess server) throws Exception {
        return server.log().lines().filter(l -> !l.startsWith("Picked up ")).toList();
    }

    private static void assertFailed(OptionalInt status, ServerProcess server) throws Exception {
        assertTrue(status.isPresent(), "still running; log: " + server.log());
        assertTrue(status.getAsInt() != 0, "exit status " + status.getAsInt());
    }
}
