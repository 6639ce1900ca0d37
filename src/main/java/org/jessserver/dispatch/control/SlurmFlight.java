package org.jessserver.dispatch.control;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** One case in the Slurm executor's hands, from its hand-over (or adoption) until its end is reported. */
final class SlurmFlight {

    /** The folder of one sbatch call's scripts and task logs, removed once all of its cases have ended. */
    record Batch(Path dir, AtomicInteger left) {
    }

    final CaseRun run;
    final RunEndings endings;
    /** Its array task, "jobid_index", once submitted; the batch folder it runs from (none for an adopted one). */
    volatile String task;
    volatile Batch batch;
    volatile long submittedNanos;
    volatile boolean stopRequested;
    volatile boolean cancelSent;
    /** Submitted by a lost instance, under its job name: squeue is asked for it by its job id. */
    volatile boolean adopted;
    /** When its task was first seen gone without its outcome, and what Slurm said of it then; 0 while it is not. */
    long goneSince;
    VanishedTask gone;

    SlurmFlight(CaseRun run, RunEndings endings) {
        this.run = run;
        this.endings = endings;
    }

    /** The Slurm job id of its task. */
    String jobId() {
        return task.substring(0, task.indexOf('_'));
    }
}
