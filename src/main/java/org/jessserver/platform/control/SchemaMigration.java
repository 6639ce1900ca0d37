package org.jessserver.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
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
        maxPoolSize = 40,
        // one database and one user: Payara need not match a pooled connection to the request on every
        // getConnection, which copies the data source's properties each time (it defaults to true here)
        properties = {"fish.payara.match-connections=false"})
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/jess";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());
    private static final Duration LOCKED_WAIT = Duration.ofSeconds(30);

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        // Flyway serialises concurrent migrations itself (a lock table on H2, an advisory lock on PostgreSQL)
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = migrateWhenFree(flyway);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /**
     * An embedded H2 file stays locked until the process that had it open is gone: a server restarted
     * right after the old one stopped waits for it, up to half a minute, instead of failing to deploy.
     */
    private static MigrateResult migrateWhenFree(Flyway flyway) {
        long deadline = System.nanoTime() + LOCKED_WAIT.toNanos();
        while (true) {
            try {
                return flyway.migrate();
            } catch (RuntimeException e) {
                if (!lockedByAnotherProcess(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.info("The database file is still in use by another process; waiting for it");
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean lockedByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("already in use")) {
                return true;
            }
        }
        return false;
    }
}
