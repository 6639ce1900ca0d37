package org.jessserver.monitor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jessserver.monitor.control.DataFolderCheck;

/** /health/ready: the data folder is writable and its disk has the minimum of free space. */
@Readiness
@ApplicationScoped
public class DataFolderReadiness implements HealthCheck {

    @Inject
    DataFolderCheck folder;

    @Override
    public HealthCheckResponse call() {
        DataFolderCheck.Finding f = folder.now();
        HealthCheckResponseBuilder reply = HealthCheckResponse.named("data-folder").status(f.problem().isEmpty())
                .withData("path", f.folder().toString())
                .withData("free_bytes", f.freeBytes())
                .withData("min_free_bytes", f.minFreeBytes());
        f.problem().ifPresent(p -> reply.withData("problem", p));
        return reply.build();
    }
}
