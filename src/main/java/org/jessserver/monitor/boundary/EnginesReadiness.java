package org.jessserver.monitor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.SortedMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jessserver.engine.control.EngineCatalog;

/** /health/ready: cases can run here: at least one EnergyPlus engine, each named with its executable. */
@Readiness
@ApplicationScoped
public class EnginesReadiness implements HealthCheck {

    @Inject
    EngineCatalog engines;

    @Override
    public HealthCheckResponse call() {
        SortedMap<String, Path> installed = engines.installed();
        HealthCheckResponseBuilder reply = HealthCheckResponse.named("engines").status(!installed.isEmpty());
        installed.forEach((version, executable) -> reply.withData(version, executable.toString()));
        if (installed.isEmpty()) {
            reply.withData("problem", "no EnergyPlus engine: none configured (JESS_ENGINES) and none on PATH");
        }
        return reply.build();
    }
}
