package org.jessserver.platform.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code jess.db.class} from the JDBC URL, so that PostgreSQL is chosen by
 * {@code JESS_DB_URL} alone. It ranks below every other source: an explicit
 * {@code JESS_DB_CLASS} (for another database) still wins.
 */
public class DataSourceClassSource implements ConfigSource {

    static final String KEY = "jess.db.class";
    private static final Map<String, String> CLASS_BY_PREFIX = Map.of(
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? classFor(configuredUrl()) : null;
    }

    @Override
    public String getName() {
        return "jess.db.class from jess.db.url";
    }

    @Override
    public int getOrdinal() {
        // below microprofile-config.properties (100): only a value nobody set is derived
        return 50;
    }

    /** The driver's data source class for a JDBC URL; the embedded H2 one when no URL is set. */
    static String classFor(String url) {
        if (url == null || url.isBlank()) {
            return CLASS_BY_PREFIX.get("jdbc:h2:");
        }
        return CLASS_BY_PREFIX.entrySet().stream()
                .filter(e -> url.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    // whatever source set it: env, system property, the server's config or the WAR's defaults
    private static String configuredUrl() {
        return ConfigProvider.getConfig().getOptionalValue("jess.db.url", String.class).orElse(null);
    }
}
