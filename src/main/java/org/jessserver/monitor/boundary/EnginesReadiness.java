package org.jessserver.monitor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jessserver.dispatch.control.ExecutorSettings;
import org.jessserver.dispatch.control.SlurmExecutor;
import org.jessserver.engine.control.EngineCatalog;

/**
 * /health/ready: cases can run: at least one EnergyPlus engine here, each named with its executable; or, when cases
 * run on Slurm (JESS_EXECUTOR=slurm), Slurm's controller answers.
 */
@Readiness
@ApplicationScoped
public class EnginesReadiness implements HealthCheck {

    @Inject
    EngineCatalog engines;

    @Inject
    ExecutorSettings executor;

    @Inject
    Instance<SlurmExecutor> slurm;

    @Override
    public HealthCheckResponse call() {
        if (executor.slurm()) {
            Optional<String> problem = slurm.get().unanswered();
            HealthCheckResponseBuilder reply = HealthCheckResponse.named("slurm").status(problem.isEmpty());
            return reply.withData(problem.isEmpty() ? "controller" : "problem",
                    problem.map(p -> "Slurm does not answer: " + p).orElse("answers (scontrol ping)")).build();
        }
        SortedMap<String, Path> installed = engines.installed();
        HealthCheckResponseBuilder reply = HealthCheckResponse.named("engines").status(!installed.isEmpty());
        installed.forEach((version, executable) -> reply.withData(version, executable.toString()));
        if (installed.isEmpty()) {
            reply.withData("problem", "no EnergyPlus engine: none configured (JESS_ENGINES) and none on PATH");
        }
        return reply.build();
    }
}
