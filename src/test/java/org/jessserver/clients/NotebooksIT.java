package org.jessserver.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jessserver.testing.Api;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.OnDeployedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * JESS's own Python clients (its notebooks and persist_session.py, with requests) replayed against the deployed
 * server by pytest (src/test/python) in the venv of .ci/install-python-clients.sh. CI sets JESS_REQUIRE_CLIENTS=1,
 * so there a missing venv fails instead of skipping.
 */
class NotebooksIT extends OnDeployedServer {

    private static final long LIMIT_MINUTES = 15;

    @Test
    void notebooksAndPersistSessionWorkAgainstThisServer() throws Exception {
        Path python = venv().resolve("bin/python");
        boolean installed = Files.isExecutable(python);
        if (!"1".equals(System.getenv("JESS_REQUIRE_CLIENTS"))) {
            Assumptions.assumeTrue(installed, "no Python client venv at " + venv() + ": run .ci/install-python-clients.sh");
        }
        assertTrue(installed, "Python client venv at " + venv());
        Path log = Files.createTempFile(Path.of("target"), "pytest-notebooks-", ".log");
        // --tb=line: Python 3.11.7's ast.parse can fail inside pytest's long tracebacks (SystemError)
        ProcessBuilder pb = new ProcessBuilder(python.toString(), "-m", "pytest", "-q", "--tb=line", "-rfEs",
                "src/test/python").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of(
                "JESS_BASE_URL", "http://127.0.0.1:" + deployment.getPort(),
                "JESS_ADMIN_EMAIL", Api.ADMIN_EMAIL,
                "JESS_ADMIN_PASSWORD", Api.ADMIN_PASSWORD,
                "JESS_FIXTURES", JobClient.FIXTURES.toAbsolutePath().normalize().toString(),
                "JESS_EP_HOME", System.getProperty("jess.ep.home", "/opt/jess-energyplus"),
                "PYTHONDONTWRITEBYTECODE", "1"));
        Process pytest = pb.start();
        boolean done = pytest.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!done) {
            stop(pytest);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("---- pytest src/test/python ----\n" + output + "---- end of pytest ----");
        if (!done) {
            fail("pytest did not finish within " + LIMIT_MINUTES + " minutes; its output is above");
        }
        assertEquals(0, pytest.exitValue(), "pytest failed; its output is above:\n" + summary(output));
    }

    /** The venv: JESS_CLIENTS_VENV as for the install script, else the failsafe property from pom.xml. */
    private static Path venv() {
        String env = System.getenv("JESS_CLIENTS_VENV");
        return Path.of(env != null && !env.isBlank() ? env : System.getProperty("jess.clients.venv", "/opt/jess-clients-venv"));
    }

    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** pytest's short summary (its FAILED/ERROR lines), so the failure message names the failing tests. */
    private static String summary(String output) {
        List<String> lines = output.lines().filter(l -> l.startsWith("FAILED ") || l.startsWith("ERROR ")).toList();
        return String.join("\n", lines);
    }
}
