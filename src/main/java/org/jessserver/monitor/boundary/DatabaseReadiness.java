package org.jessserver.monitor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jessserver.monitor.control.DatabaseCheck;

/** /health/ready: the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseCheck database;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = database.problem();
        HealthCheckResponseBuilder reply = HealthCheckResponse.named("database").status(problem.isEmpty());
        problem.ifPresent(p -> reply.withData("problem", p));
        return reply.build();
    }
}
