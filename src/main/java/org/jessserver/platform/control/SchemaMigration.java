package org.jessserver.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source and brings its schema up to date with Flyway before
 * anything else touches the tables. The ${MPCONFIG=...} placeholders are resolved by Payara from
 * MicroProfile Config, so H2 or PostgreSQL is a matter of configuration.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=jess.db.class}",
        url = "${MPCONFIG=jess.db.url}",
        user = "${MPCONFIG=jess.db.user}",
        password = "${MPCONFIG=jess.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/jess";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // Flyway serialises concurrent migrations itself (a lock table on H2, an advisory lock on PostgreSQL)
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }
}
