package org.jessserver.dispatch.control;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.ScheduledCase;
import org.jessserver.job.control.Jobs;

/**
 * How the Slurm executor's cases ended, learned by looking: a case ends when its folder holds its outcome, or when
 * its task left Slurm's queue without one, by what Slurm says of the task and whether jess-server asked the stop
 * ({@link VanishedTask}). Without the queue (squeue failing) only cases that left an outcome end.
 */
final class TaskEnds {

    private static final Logger LOG = Logger.getLogger(TaskEnds.class.getName());

    /** How long a case whose task vanished without a word waits for a stop request before it fails. */
    static final Duration GONE_GRACE = Duration.ofSeconds(3);

    private final SlurmFlights flights;
    private final Jobs jobs;
    private final String jobName;
    private volatile boolean pollFailing;

    TaskEnds(SlurmFlights flights, Jobs jobs, String jobName) {
        this.flights = flights;
        this.jobs = jobs;
        this.jobName = jobName;
    }

    /** One look: Slurm's queue once, then the folder of every case whose task is not waiting. */
    void look() {
        long started = System.nanoTime();
        Map<String, String> queued = null;
        try {
            queued = SlurmControl.tasksNamed(jobName);
            // adopted tasks run under their lost instance's job name: asked by their job ids
            queued.putAll(SlurmControl.tasksOf(flights.all().stream().filter(f -> f.adopted)
                    .map(SlurmFlight::jobId).distinct().toList()));
            if (pollFailing) {
                pollFailing = false;
                LOG.info("squeue answers again");
            }
        } catch (IOException e) {
            // without the queue, only cases that left an outcome can end now
            if (!pollFailing) {
                pollFailing = true;
                LOG.warning(() -> "squeue failed; cases end by their outcomes only until it answers: " + e.getMessage());
            }
        }
        Map<String, VanishedTask> gone = new HashMap<>();
        Map<Long, Boolean> cancelAsked = new HashMap<>();
        for (SlurmFlight f : flights.all()) {
            String task = f.task;
            if (task == null || queued != null && "PENDING".equals(queued.get(task))) {
                // not submitted yet, or its task has not started: no outcome to look for
                continue;
            }
            Optional<CaseOutcome> outcome = ScheduledCase.outcome(f.run.spec().caseDir(), f.run.spec().timeout());
            if (outcome.isPresent()) {
                flights.report(f, () -> f.endings.ended(f.run, outcome.get()));
            } else if (queued != null && !queued.containsKey(task) && f.submittedNanos - started < 0) {
                // the task left the queue before squeue answered, and a case writes its outcome before its task
                // ends: the outcome read after that answer is the last word, one missing now never comes
                if (f.stopRequested) {
                    flights.report(f, () -> f.endings.ended(f.run, stopped()));
                } else {
                    if (f.goneSince == 0) {
                        f.goneSince = started | 1;
                        f.gone = gone.computeIfAbsent(task, SlurmControl::describe);
                    }
                    // a cancel through jess-server, on any instance, flags the job before it cancels the tasks
                    long jobId = f.run.key().jobId();
                    if (!cancelAsked.containsKey(jobId)) {
                        // a failed read (null) is kept too: one warning and one try per job and look
                        cancelAsked.put(jobId, cancelAsked(jobId));
                    }
                    Boolean flagged = cancelAsked.get(jobId);
                    if (flagged != null) {
                        endGone(f, f.gone.end(f.stopRequested, flagged, started - f.goneSince > GONE_GRACE.toNanos()));
                    }
                }
            }
        }
    }

    /** Whether the job is being cancelled through jess-server; null when the database does not answer now. */
    private Boolean cancelAsked(long jobId) {
        try {
            return jobs.cancelAsked(jobId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not read job " + jobId + "'s cancel flag; the next look asks again: " + e);
            return null;
        }
    }

    private void endGone(SlurmFlight f, VanishedTask.End end) {
        switch (end.verdict()) {
            case STOPPED -> flights.report(f, () -> f.endings.ended(f.run,
                    new CaseOutcome(CaseOutcome.Kind.STOPPED, -1, 0, end.message())));
            case FAILED -> flights.report(f, () -> f.endings.failed(f.run, end.message()));
            case WAIT -> {
                // a task that left no word in Slurm: a stop request of this instance may still come for it
            }
        }
    }

    /** A run stopped through jess-server. */
    static CaseOutcome stopped() {
        return new CaseOutcome(CaseOutcome.Kind.STOPPED, -1, 0, "Stopped");
    }
}
