package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** The executor this instance runs its cases with, as JESS_EXECUTOR says; only the chosen one is ever created. */
@ApplicationScoped
public class ExecutorChoice {

    @Produces
    @ApplicationScoped
    CaseExecutor executor(ExecutorSettings settings, Instance<LocalExecutor> local, Instance<SlurmExecutor> slurm) {
        return settings.slurm() ? slurm.get() : local.get();
    }
}
