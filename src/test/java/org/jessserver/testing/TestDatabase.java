package org.jessserver.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a test server runs on. Failsafe runs the suite twice: on embedded H2 (a file in the
 * server's data folder) and on PostgreSQL (jess.test.db=postgresql), where each data folder gets its
 * own database, so a restarted server finds its data again and tests do not see each other's.
 */
public final class TestDatabase {

    /** Prefix of every database the tests create; reset() drops them all. */
    static final String PREFIX = "jess_it";

    private TestDatabase() {
    }

    /** The versions of this build's migrations (V1__..., V2__...), in order, as Flyway records them. */
    public static List<String> migrationVersions() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("jess.test.db"));
    }

    /** Skips a test that needs PostgreSQL in the H2 run; fails it when PostgreSQL is required but not configured. */
    public static void assumePostgres() {
        if (!onPostgres() && "1".equals(System.getenv("JESS_REQUIRE_POSTGRESQL")) && baseUrl().isEmpty()) {
            throw new IllegalStateException("JESS_REQUIRE_POSTGRESQL=1 but JESS_TEST_PG_URL is not set");
        }
        Assumptions.assumeTrue(onPostgres(), "runs in the PostgreSQL pass of the suite");
    }

    /**
     * Database settings for a server on this data folder: on PostgreSQL a database of its own,
     * created on first use; on H2 nothing, so that the server uses the file in its data folder.
     */
    public static Map<String, String> serverEnv(Path dataDir) {
        if (!onPostgres()) {
            return Map.of();
        }
        String name = PREFIX + "_" + shortHash(dataDir.toAbsolutePath().normalize().toString());
        createIfMissing(name);
        return Map.of("JESS_DB_URL", url(name), "JESS_DB_USER", user(), "JESS_DB_PASSWORD", password());
    }

    /** Where the database of a server on this data folder is: the same URL and account the server uses. */
    public record Jdbc(String url, String user, String password) {

        /** A connection to it (to an H2 file only while no server holds it). */
        public Connection connect() throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            return url.startsWith("jdbc:h2:") ? new org.h2.Driver().connect(url, p) : new org.postgresql.Driver().connect(url, p);
        }
    }

    public static Jdbc jdbc(Path dataDir) {
        Map<String, String> env = serverEnv(dataDir);
        if (env.isEmpty()) {
            // the default of microprofile-config.properties, with the folder filled in
            return new Jdbc("jdbc:h2:file:" + dataDir.toAbsolutePath().normalize() + "/db/jess;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                    "jess", "jess");
        }
        return new Jdbc(env.get("JESS_DB_URL"), env.get("JESS_DB_USER"), env.get("JESS_DB_PASSWORD"));
    }

    /** Drops every test database and creates the named ones empty; run by Maven before the PostgreSQL pass. */
    public static void main(String[] args) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String name : old) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            for (String name : args) {
                s.execute("CREATE DATABASE " + name);
            }
            System.out.println("PostgreSQL test databases: dropped " + old + ", created " + List.of(args));
        }
    }

    private static synchronized void createIfMissing(String name) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState()) || "23505".equals(e.getSQLState())) {
                return; // created meanwhile by another test JVM
            }
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
    }

    private static Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user());
        p.setProperty("password", password());
        // the maintenance database every PostgreSQL cluster has
        return new org.postgresql.Driver().connect(url("postgres"), p);
    }

    private static String url(String database) {
        String base = baseUrl();
        if (base.isEmpty()) {
            throw new IllegalStateException("set JESS_TEST_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/");
        }
        return (base.endsWith("/") ? base : base + "/") + database;
    }

    private static String baseUrl() {
        return setting("jess.test.pg.url", "JESS_TEST_PG_URL", "");
    }

    private static String user() {
        return setting("jess.test.pg.user", "JESS_TEST_PG_USER", "jess_test");
    }

    private static String password() {
        return setting("jess.test.pg.password", "JESS_TEST_PG_PASSWORD", "jess_test");
    }

    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isEmpty() || v.startsWith("${")) {
            v = System.getenv(env);
        }
        return v == null ? fallback : v;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
