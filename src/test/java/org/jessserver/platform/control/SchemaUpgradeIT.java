package org.jessserver.platform.control;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.security.SecureRandom;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.jessserver.testing.JobClient;
import org.jessserver.testing.ServerProcess;
import org.jessserver.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database left at the first schema version (accounts only) by an old release is upgraded by
 * this build at start-up, and what it held keeps working: its account logs on and runs a job.
 */
class SchemaUpgradeIT {

    @TempDir
    Path data;

    @Test
    void firstVersionDatabaseIsUpgradedAndKeepsItsAccounts() throws Exception {
        Path dataDir = data.resolve("server");
        TestDatabase.Jdbc db = TestDatabase.jdbc(dataDir);
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = db.connect()) {
            // an account as release 1 created it, with no admin bootstrap waiting to run
            String next = TestDatabase.onPostgres() ? "nextval('account_seq')" : "NEXT VALUE FOR account_seq";
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account (id, email, email_key, nickname,"
                    + " password_hash, is_admin, enabled, created) VALUES (" + next + ", ?, ?, ?, ?, TRUE, TRUE, ?)")) {
                p.setString(1, "Old.Admin@upgrade.example");
                p.setString(2, "old.admin@upgrade.example");
                p.setString(3, "old");
                p.setString(4, release1Hash("old-pass-12"));
                p.setLong(5, System.currentTimeMillis());
                p.executeUpdate();
            }
            assertEquals(List.of("1"), versions(c), "the database starts at the first version");
        }
        try (ServerProcess server = new ServerProcess(dataDir, Map.of(
                "JESS_ENGINES", "99.1=" + System.getProperty("fake.engine"), "JESS_WORKERS", "2")).start()) {
            List<String> all = TestDatabase.migrationVersions();
            assertTrue(server.log().contains("Database schema at version " + all.get(all.size() - 1) + " ("
                    + (all.size() - 1) + " migration(s) applied now)"), server.log());
            JobClient client = new JobClient(server.api(), server.api().token("old.admin@upgrade.example", "old-pass-12"));
            long id = client.submitOk(given().multiPart("file", "m.idf", JobClient.fakeModel())
                    .multiPart("file", "in.epw", JobClient.weather()));
            assertEquals("FINISHED", client.awaitTerminal(id, Duration.ofSeconds(60)).getString("data.status"));
            assertTrue(!server.log().contains("Created administrator"), "the old accounts are kept, no new admin");
        }
        try (Connection c = db.connect()) {
            assertEquals(TestDatabase.migrationVersions(), versions(c), "each migration applied once, in order");
        }
    }

    /** A password hash as release 1 stored it: Jakarta Security's PBKDF2 format, algorithm:iterations:salt:hash. */
    private static String release1Hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 32 * 8)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static List<String> versions(Connection c) throws Exception {
        List<String> v = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                     + " ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                v.add(rs.getString(1));
            }
        }
        return v;
    }
}
