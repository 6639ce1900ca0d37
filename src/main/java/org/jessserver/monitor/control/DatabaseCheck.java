package org.jessserver.monitor.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jessserver.platform.control.SchemaMigration;

/**
 * Whether the database answers: a pooled connection that passes the driver's own validity check, within a few
 * seconds. On the container's pool, so that a database that hangs keeps the health request waiting no longer.
 */
@ApplicationScoped
public class DatabaseCheck {

    static final Duration LIMIT = Duration.ofSeconds(3);

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Resource
    ManagedExecutorService pool;

    /** Empty when the database answered in time; else what went wrong. */
    public Optional<String> problem() {
        Future<Boolean> valid = pool.submit(this::valid);
        try {
            return valid.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS) ? Optional.empty()
                    : Optional.of("the connection did not pass the driver's check");
        } catch (TimeoutException e) {
            valid.cancel(true);
            return Optional.of("no answer within " + LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Optional.of(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private boolean valid() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid((int) LIMIT.toSeconds());
        }
    }
}
