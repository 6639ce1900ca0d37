package org.jessserver.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where this instance runs its cases (JESS_EXECUTOR) and, for Slurm, how it submits them (JESS_SLURM_*). */
@ApplicationScoped
public class ExecutorSettings {

    static final String LOCAL = "local";
    static final String SLURM = "slurm";

    @Inject
    @ConfigProperty(name = "jess.executor", defaultValue = LOCAL)
    String executor;

    @Inject
    @ConfigProperty(name = "jess.slurm.partition")
    Optional<String> partition;

    @Inject
    @ConfigProperty(name = "jess.slurm.account")
    Optional<String> account;

    @Inject
    @ConfigProperty(name = "jess.slurm.time")
    Optional<Duration> time;

    @Inject
    @ConfigProperty(name = "jess.slurm.cpus")
    Optional<Integer> cpus;

    @Inject
    @ConfigProperty(name = "jess.slurm.cases.per.task", defaultValue = "1")
    int casesPerTask;

    @Inject
    @ConfigProperty(name = "jess.slurm.options")
    Optional<String> options;

    /** Made once from the settings above at start: they do not change while the server runs. */
    private List<String> sbatchOptions;

    /** A setting the server cannot use stops the deployment, naming it, as an unreadable duration does. */
    @PostConstruct
    void check() {
        if (!LOCAL.equals(executor) && !SLURM.equals(executor)) {
            throw new IllegalArgumentException("jess.executor must be local or slurm, not '" + executor + "'");
        }
        if (casesPerTask < 1) {
            throw new IllegalArgumentException("jess.slurm.cases.per.task must be at least 1, not " + casesPerTask);
        }
        if (cpus.filter(n -> n < 1).isPresent()) {
            throw new IllegalArgumentException("jess.slurm.cpus must be at least 1, not " + cpus.get());
        }
        if (time.filter(t -> t.isNegative() || t.isZero()).isPresent()) {
            throw new IllegalArgumentException("jess.slurm.time must be longer than 0");
        }
        List<String> out = new ArrayList<>();
        partition.filter(p -> !p.isBlank()).ifPresent(p -> out.add("--partition=" + p.strip()));
        account.filter(a -> !a.isBlank()).ifPresent(a -> out.add("--account=" + a.strip()));
        time.ifPresent(t -> out.add("--time=" + SlurmTime.of(t)));
        cpus.ifPresent(n -> out.add("--cpus-per-task=" + n));
        try {
            out.addAll(ShellWords.split(options.orElse("")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jess.slurm.options: " + e.getMessage(), e);
        }
        sbatchOptions = List.copyOf(out);
    }

    public boolean slurm() {
        return SLURM.equals(executor);
    }

    int casesPerTask() {
        return casesPerTask;
    }

    /** sbatch's options for every submission of this instance, before the script. */
    List<String> sbatchOptions() {
        return sbatchOptions;
    }
}
