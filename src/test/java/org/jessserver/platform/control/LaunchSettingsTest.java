package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    private static final Properties DEFAULTS = new Properties();

    static {
        DEFAULTS.setProperty("jess.data.dir", "./jess-data");
        DEFAULTS.setProperty("jess.db.url", "jdbc:h2:file:${jess.data.dir}/db/jess;LOCK_TIMEOUT=10000");
    }

    @Test
    void theDefaultsPutTheEmbeddedDatabaseInTheDataFolder() {
        LaunchSettings s = new LaunchSettings(Map.of(), Map.of(), DEFAULTS);
        Path data = Path.of("jess-data").toAbsolutePath();
        assertEquals(Optional.of(data), s.dataDir());
        assertEquals(Optional.of(data.resolve("db/jess.mv.db")), s.h2File());
    }

    @Test
    void theEnvironmentOverridesTheDefaultsAndASystemPropertyOverridesBoth() {
        assertEquals(Optional.of(Path.of("/srv/jess/db/jess.mv.db")),
                new LaunchSettings(Map.of(), Map.of("JESS_DATA_DIR", "/srv/jess"), DEFAULTS).h2File());
        assertEquals(Optional.of(Path.of("/opt/d")),
                new LaunchSettings(Map.of("jess.data.dir", "/opt/d"), Map.of("JESS_DATA_DIR", "/srv/jess"), DEFAULTS).dataDir());
    }

    @Test
    void anExplicitH2FileIsFoundAndPostgresqlHasNone() {
        assertEquals(Optional.of(Path.of("/var/db/x.mv.db")), new LaunchSettings(Map.of(),
                Map.of("JESS_DB_URL", "jdbc:h2:file:/var/db/x;WRITE_DELAY=0"), DEFAULTS).h2File());
        assertEquals(Optional.empty(), new LaunchSettings(Map.of(),
                Map.of("JESS_DB_URL", "jdbc:postgresql://db:5432/jess"), DEFAULTS).h2File());
    }

    @Test
    void anEmptyValueCountsAsNone() {
        assertEquals(Optional.of(Path.of("jess-data").toAbsolutePath()),
                new LaunchSettings(Map.of(), Map.of("JESS_DATA_DIR", ""), DEFAULTS).dataDir());
    }

    @Test
    void aPostgresqlServerIsFoundWithItsPortOrTheDefaultOne() {
        assertEquals(Optional.of(InetSocketAddress.createUnresolved("db", 5432)), new LaunchSettings(Map.of(),
                Map.of("JESS_DB_URL", "jdbc:postgresql://db/jess"), DEFAULTS).postgresServer());
        assertEquals(Optional.of(InetSocketAddress.createUnresolved("10.0.0.7", 6543)), new LaunchSettings(Map.of(),
                Map.of("JESS_DB_URL", "jdbc:postgresql://10.0.0.7:6543/jess?ssl=true"), DEFAULTS).postgresServer());
        assertEquals(Optional.empty(), new LaunchSettings(Map.of(),
                Map.of("JESS_DB_URL", "jdbc:postgresql://a:5432,b:5432/jess"), DEFAULTS).postgresServer());
        assertEquals(Optional.empty(), new LaunchSettings(Map.of(), Map.of(), DEFAULTS).postgresServer());
    }
}
