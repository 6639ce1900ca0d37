package org.jessserver.job.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job whose preparation cannot succeed, here because its uploaded files are gone (a data folder
 * restored from an older copy, or an instance that does not see the shared folder), ends REJECTED
 * after three attempts, saying why, instead of waiting in ACCEPTED forever.
 */
class PreparationFailureIT {

    private static final String EMAIL = "admin@prep.example";
    private static final String PASSWORD = "prep-pass-1";

    @TempDir
    Path data;

    @Test
    void jobWhoseFilesAreGoneIsRejectedAfterThreeAttempts() throws Exception {
        Path dataDir = data.resolve("server");
        Map<String, String> env = Map.of("JESS_ADMIN_EMAIL", EMAIL, "JESS_ADMIN_PASSWORD", PASSWORD,
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"), "JESS_WORKERS", "2", "JESS_LEASE", "10s");
        // the first start creates the schema and the account
        try (ServerProcess first = new ServerProcess(dataDir, env).start()) {
            first.stop();
        }
        long id = insertWaitingJobWithoutFiles(TestDatabase.jdbc(dataDir));
        assertFalse(Files.exists(dataDir.resolve("jobs").resolve(String.valueOf(id))), "the job has no files on disk");

        try (ServerProcess server = new ServerProcess(dataDir, env).start()) {
            JobClient client = new JobClient(server.api(), server.api().token(EMAIL, PASSWORD));
            // the sweeper retries a stalled preparation once per lease (10 s): three attempts take about 20 s
            JsonPath s = client.awaitTerminal(id, Duration.ofSeconds(120));
            assertEquals("REJECTED", s.getString("data.status"), s.prettify());
            assertEquals("Job rejected: preparing its cases failed 3 times: its uploaded files could not be read"
                    + " on the server.", s.getString("data.status_Info"));
            assertEquals("0, 0, 0, 0, 0, 0, 0", s.getString("data.progress"));
            String log = server.log();
            assertTrue(log.contains("Preparing job " + id + " failed (attempt 1 of 3)"), log);
            assertTrue(log.contains("Preparing job " + id + " failed (attempt 2 of 3)"), log);
            assertTrue(log.contains("Preparing job " + id + " failed 3 times; the job is rejected"), log);

            JsonPath listed = client.request().contentType("application/json").body("{\"status\":[\"REJECTED\"]}")
                    .post(client.url("/jess_web/api/jobs")).jsonPath();
            assertEquals(1, listed.getList("data").size(), listed.prettify());
            assertEquals(id, listed.getLong("data[0].job_SN"), listed.prettify());
            assertEquals(s.getString("data.status_Info"), listed.getString("data[0].message"), listed.prettify());

            // the server goes on running other jobs
            long next = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", JobClient.weather()));
            assertEquals("1, 0, 0, 0, 0, 0, 1", client.awaitTerminal(next, Duration.ofSeconds(60)).getString("data.progress"));
        }
    }

    /** A job row as a submission leaves it (UNPACKED, not yet prepared), long untouched. */
    private static long insertWaitingJobWithoutFiles(TestDatabase.Jdbc db) throws Exception {
        String next = TestDatabase.onPostgres() ? "nextval('job_seq')" : "NEXT VALUE FOR job_seq";
        long now = System.currentTimeMillis();
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO job (id, owner_id, title, job_type, expand_objects,"
                     + " status, status_info, cancel_flag, njobs, n_failed, n_rejected, n_cancelled, n_queued, n_running,"
                     + " n_simulated, n_collected, received, last_update, submission_size, storage_size, result_size,"
                     + " cpu_millis) SELECT " + next + ", a.id, 'files gone', 'EP_IDF', FALSE, 'UNPACKED',"
                     + " 'Job files received and unpacked; awaiting preparation.', 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0,"
                     + " 100, 100, 0, 0 FROM account a WHERE a.email_key = ?", new String[] {"id"})) {
            p.setLong(1, now - 3_600_000);
            p.setString(2, EMAIL);
            assertEquals(1, p.executeUpdate());
            try (ResultSet keys = p.getGeneratedKeys()) {
                assertTrue(keys.next());
                return keys.getLong(1);
            }
        }
    }
}
