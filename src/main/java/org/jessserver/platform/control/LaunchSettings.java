package org.jessserver.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings the uberjar's launcher checks before Payara Micro boots, read as MicroProfile Config
 * would read them (system property, then environment variable, then the application's defaults),
 * since MicroProfile Config itself is not running yet.
 */
public final class LaunchSettings {

    /** The launcher's copy of the WAR's META-INF/microprofile-config.properties (pom.xml puts it there). */
    public static final String DEFAULTS = "jess-defaults.properties";
    private static final String DATA_DIR = "jess.data.dir";
    private static final String DB_URL = "jess.db.url";
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String POSTGRES = "jdbc:postgresql://";
    private static final int POSTGRES_PORT = 5432;
    // H2's MVStore locks this file while a process has the database open
    private static final String H2_SUFFIX = ".mv.db";

    private final Map<String, String> system;
    private final Map<String, String> env;
    private final Properties defaults;

    LaunchSettings(Map<String, String> system, Map<String, String> env, Properties defaults) {
        this.system = system;
        this.env = env;
        this.defaults = defaults;
    }

    /** This process's settings. */
    public static LaunchSettings current() {
        Map<String, String> system = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> system.put(k.toString(), v.toString()));
        return new LaunchSettings(system, System.getenv(), defaults());
    }

    /** JESS_DATA_DIR; empty only when the defaults are missing (the launcher outside the uberjar). */
    public Optional<Path> dataDir() {
        return value(DATA_DIR).map(d -> Path.of(d).toAbsolutePath().normalize());
    }

    /** The embedded database's file, when the database is an H2 file; empty for PostgreSQL or a server URL. */
    public Optional<Path> h2File() {
        String url = value(DB_URL).orElse("");
        if (url.contains("${" + DATA_DIR + "}")) {
            url = url.replace("${" + DATA_DIR + "}", dataDir().map(Path::toString).orElse("."));
        }
        if (!url.startsWith(H2_FILE)) {
            return Optional.empty();
        }
        String name = url.substring(H2_FILE.length()).split(";", 2)[0];
        if (name.startsWith("~/")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + H2_SUFFIX).toAbsolutePath().normalize());
    }

    /** The PostgreSQL server of jess.db.url, when it names one host; empty for H2 or a list of hosts. */
    public Optional<InetSocketAddress> postgresServer() {
        String url = value(DB_URL).orElse("");
        if (!url.startsWith(POSTGRES)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.substring("jdbc:".length()));
            return Optional.ofNullable(uri.getHost())
                    .map(h -> InetSocketAddress.createUnresolved(h, uri.getPort() < 0 ? POSTGRES_PORT : uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty(); // the driver will say what is wrong with it
        }
    }

    /** MicroProfile Config's order: system property, environment variable (exact, _ for dots, upper case), default. */
    Optional<String> value(String name) {
        String underscored = name.replaceAll("[^A-Za-z0-9]", "_");
        for (String v : new String[] {system.get(name), env.get(name), env.get(underscored),
                env.get(underscored.toUpperCase(Locale.ROOT)), defaults.getProperty(name)}) {
            if (v != null && !v.isEmpty()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = LaunchSettings.class.getResourceAsStream(DEFAULTS)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
