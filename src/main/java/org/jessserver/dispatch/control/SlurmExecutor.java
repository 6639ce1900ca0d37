package org.jessserver.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jessserver.engine.control.CaseBusyException;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.ProcessLauncher;
import org.jessserver.engine.control.ScheduledCase;
import org.jessserver.job.control.JobCases;
import org.jessserver.job.control.Jobs;
import org.jessserver.job.entity.CaseKey;
import org.jessserver.platform.control.Settings;

/**
 * Runs cases on a Slurm cluster (JESS_EXECUTOR=slurm): each batch of claimed cases is one job array, whose tasks run
 * JESS_SLURM_CASES_PER_TASK cases of one job one after another ({@link ScheduledCase}). One thread does all the talking
 * to Slurm: it submits, cancels, and twice a second lists this instance's tasks with one squeue call and reads the
 * outcomes the cases left in their folders. A case ends when its outcome is there, or when its task left Slurm's queue
 * without one (stopped, or failed with what Slurm says of the task). Slurm's accounting is not needed. Its parts:
 * {@link SlurmControl} asks Slurm, {@link SlurmFlights} holds the cases, {@link TaskEnds} learns how they ended.
 */
@ApplicationScoped
@Typed(SlurmExecutor.class)
public class SlurmExecutor implements CaseExecutor {

    private static final Logger LOG = Logger.getLogger(SlurmExecutor.class.getName());

    static final String KIND = "slurm";

    /** A run reference this executor can follow: "slurm:jobid_task". */
    private static final Pattern TASK_REFERENCE = Pattern.compile(KIND + ":\\d+_\\d+");

    /** Cases one instance keeps in Slurm's hands at once: queued there or running. */
    static final int IN_SLURM = 1000;

    /** Modest for slurmctld (one squeue call for all of this instance's tasks), prompt enough for a case's end. */
    static final Duration POLL = Duration.ofMillis(500);

    /** While cancelled tasks are on their way out: a cancel's reply waits for them, and it lasts a second or two. */
    static final Duration POLL_STOPPING = Duration.ofMillis(100);

    /** How long claims wait after Slurm's controller did not answer a submission. */
    static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(5);

    /** How long a task cancelled for another instance is not cancelled again. */
    private static final Duration FORGET_CANCELLED = Duration.ofMinutes(5);

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ExecutorSettings settings;

    @Inject
    InstanceId instance;

    @Inject
    Settings platform;

    @Inject
    ProcessLauncher launcher;

    @Inject
    JobCases cases;

    @Inject
    Jobs jobs;

    private final SlurmFlights flights = new SlurmFlights();
    private TaskEnds ends;
    /** Tasks of other instances this one cancelled, and when: Slurm forgets an ended job after MinJobAge. */
    private final Map<String, Long> cancelledElsewhere = new ConcurrentHashMap<>();
    private final AtomicLong batches = new AtomicLong();
    private ScheduledExecutorService worker;
    /** Every Slurm job of this instance has this name: squeue lists them all in one call, whatever else is queued. */
    private String jobName;
    /** Until when (System.nanoTime()) no case is claimed, after sbatch found Slurm's controller unreachable. */
    private volatile long claimsPausedUntil = System.nanoTime();
    private final AtomicBoolean quickLook = new AtomicBoolean();

    @PostConstruct
    void open() {
        String id = instance.value();
        jobName = jobNameOf(id);
        ends = new TaskEnds(flights, jobs, jobName);
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = threads.newThread(r);
            t.setName("jess-slurm");
            return t;
        });
        worker.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A clean shutdown cancels this instance's Slurm jobs; their unfinished cases go back to the queue. */
    @PreDestroy
    void close() {
        worker.shutdownNow();
        if (!flights.isEmpty()) {
            List<String> adoptedTasks = flights.all().stream().filter(f -> f.adopted).map(f -> f.task).distinct()
                    .toList();
            List<List<String>> calls = new ArrayList<>(SlurmCommands.chunks(adoptedTasks, SlurmControl.IDS_PER_CALL));
            calls.add(List.of("--name=" + jobName));
            for (List<String> what : calls) {
                try {
                    SlurmControl.cancel(what);
                } catch (IOException e) {
                    LOG.warning(() -> "Could not cancel this instance's Slurm jobs " + what + ": " + e.getMessage());
                }
            }
        }
        for (SlurmFlight f : flights.all()) {
            // a case that ended before keeps its outcome; the others run again
            Optional<CaseOutcome> outcome = f.task == null ? Optional.empty()
                    : ScheduledCase.outcome(f.run.spec().caseDir(), f.run.spec().timeout());
            flights.report(f, () -> outcome.ifPresentOrElse(o -> f.endings.ended(f.run, o),
                    () -> f.endings.handedBack(f.run, "This instance is shutting down")));
        }
    }

    /** The name of every Slurm job the instance submits: its id's random end, short for squeue's columns. */
    static String jobNameOf(String instanceId) {
        return "jess-" + instanceId.substring(Math.max(0, instanceId.length() - 8));
    }

    @Override
    public String reference() {
        return KIND + ":" + instance.value();
    }

    /**
     * Room in whole tasks: cases claimed as ends free room one by one would go to Slurm a few at a time, as arrays of
     * one short task each, and Slurm's scheduling of a task costs more than the instant cases in it.
     */
    @Override
    public int room() {
        if (System.nanoTime() - claimsPausedUntil < 0) {
            return 0;
        }
        return roomInTasks(IN_SLURM - flights.active(), settings.casesPerTask());
    }

    /** The free places, rounded down to whole tasks of {@code perTask} cases (at most all places, as one task). */
    static int roomInTasks(int free, int perTask) {
        int unit = Math.min(perTask, IN_SLURM);
        return Math.max(0, free / unit * unit);
    }

    @Override
    public void start(List<CaseRun> runs, RunEndings endings) {
        if (runs.isEmpty()) {
            return;
        }
        List<SlurmFlight> batch = new ArrayList<>();
        for (CaseRun run : runs) {
            SlurmFlight f = new SlurmFlight(run, endings);
            flights.add(f);
            batch.add(f);
        }
        try {
            worker.execute(() -> submit(batch));
        } catch (RejectedExecutionException e) {
            batch.forEach(f -> flights.report(f, () -> endings.handedBack(f.run, "This instance is shutting down")));
        }
    }

    /** Makes the cases' folders ready and submits them as one job array, cases of one job packed into its tasks. */
    private void submit(List<SlurmFlight> batch) {
        Map<Long, List<SlurmFlight>> byJob = new LinkedHashMap<>();
        Map<SlurmFlight, String> lines = new HashMap<>();
        for (SlurmFlight f : batch) {
            if (f.stopRequested) {
                flights.report(f, () -> f.endings.ended(f.run, TaskEnds.stopped()));
                continue;
            }
            try {
                Path dir = ScheduledCase.prepare(f.run.spec());
                lines.put(f, ScheduledCase.line(f.run.spec(), dir));
                byJob.computeIfAbsent(f.run.key().jobId(), k -> new ArrayList<>()).add(f);
            } catch (CaseBusyException e) {
                flights.report(f, () -> f.endings.handedBack(f.run, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                flights.report(f, () -> f.endings.failed(f.run, Endings.cannotStart(e)));
            }
        }
        List<List<SlurmFlight>> tasks = new ArrayList<>();
        int perTask = settings.casesPerTask();
        byJob.values().forEach(cases -> SlurmCommands.chunks(cases, perTask).forEach(tasks::add));
        if (tasks.isEmpty()) {
            return;
        }
        Path dir = platform.dataDir().resolve("slurm").resolve(jobName + "-" + batches.incrementAndGet());
        SlurmFlight.Batch b = new SlurmFlight.Batch(dir, new AtomicInteger(tasks.stream().mapToInt(List::size).sum()));
        String jobId;
        try {
            jobId = SlurmControl.submitHeld(dir, jobName,
                    tasks.stream().map(t -> t.stream().map(lines::get).toList()).toList(), settings.sbatchOptions());
        } catch (IOException e) {
            SlurmFlights.delete(dir);
            if (SlurmCommands.unreachable(e)) {
                // a controller that restarts or fails over: the cases wait in the queue, not fail
                claimsPausedUntil = System.nanoTime() + UNREACHABLE_PAUSE.toNanos();
                LOG.warning(() -> "Slurm's controller does not answer; " + b.left() + " case(s) go back to the queue"
                        + " and claims pause for " + UNREACHABLE_PAUSE.toSeconds() + " s: " + e.getMessage());
                tasks.forEach(t -> t.forEach(f -> flights.report(f, () -> f.endings.handedBack(f.run,
                        "Slurm's controller did not answer"))));
            } else {
                LOG.warning(() -> "Slurm did not take " + b.left() + " case(s): " + e.getMessage());
                tasks.forEach(t -> t.forEach(f -> flights.report(f, () -> f.endings.failed(f.run,
                        "Slurm did not take the case: " + e.getMessage()))));
            }
            return;
        }
        Map<CaseKey, String> references = new HashMap<>();
        List<String> stopNow = new ArrayList<>();
        long now = System.nanoTime();
        for (int i = 0; i < tasks.size(); i++) {
            String task = jobId + "_" + i;
            for (SlurmFlight f : tasks.get(i)) {
                f.batch = b;
                f.submittedNanos = now;
                f.task = task;
                references.put(f.run.key(), KIND + ":" + task);
                if (f.stopRequested) {
                    stopNow.add(task);
                }
            }
        }
        try {
            batch.get(0).endings.referenced(references);
        } catch (RuntimeException e) {
            // unrecorded, the tasks could not be adopted were this instance lost: they never run, the cases run again
            LOG.log(Level.WARNING, "Could not record the Slurm tasks of job " + jobId + " with their cases", e);
            tasks.forEach(t -> t.forEach(f -> flights.report(f, () -> f.endings.handedBack(f.run,
                    "Its Slurm task could not be recorded"))));
            cancel(List.of(jobId));
            return;
        }
        if (!stopNow.isEmpty()) {
            cancel(stopNow.stream().distinct().toList());
        }
        release(jobId, tasks);
    }

    /**
     * Lets Slurm start the array, held since its submission until its tasks were recorded with their cases: a task
     * that ran before would be unknown to any instance adopting this one's cases, and its case would run twice.
     */
    private void release(String jobId, List<List<SlurmFlight>> tasks) {
        try {
            SlurmControl.release(jobId);
        } catch (IOException e) {
            LOG.warning(() -> "Slurm did not release job " + jobId + "; its cases run again: " + e.getMessage());
            tasks.forEach(t -> t.forEach(f -> flights.report(f, () -> f.endings.handedBack(f.run,
                    "Slurm did not release its task: " + e.getMessage()))));
            cancel(List.of(jobId));
        }
    }

    @Override
    public boolean adopts(String reference) {
        return reference != null && TASK_REFERENCE.matcher(reference).matches();
    }

    /** The lost instance's task goes on; this instance watches it from now on, as one of its own. */
    @Override
    public void adopt(CaseRun run, String reference, RunEndings endings) {
        SlurmFlight f = new SlurmFlight(run, endings);
        f.task = reference.substring(KIND.length() + 1);
        f.adopted = true;
        f.submittedNanos = System.nanoTime();
        flights.add(f);
    }

    /** Lists this instance's tasks and reports every case that has ended since the last look. */
    private void poll() {
        try {
            if (!flights.isEmpty()) {
                ends.look();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look at the Slurm tasks; the next look tries again", e);
        }
        if (flights.all().stream().anyMatch(f -> f.cancelSent) && quickLook.compareAndSet(false, true)) {
            try {
                worker.schedule(() -> {
                    quickLook.set(false);
                    poll();
                }, POLL_STOPPING.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // shutting down
            }
        }
    }


    /**
     * Cancels the cases' array tasks with scancel (Slurm's own SIGTERM, then SIGKILL after its KillWait: the grace
     * asked for is Slurm's to keep). A task runs cases of one job only, so no other job's case stops with it.
     */
    @Override
    public void stop(Collection<CaseKey> keys, Duration grace) {
        List<String> tasks = new ArrayList<>();
        for (CaseKey key : keys) {
            SlurmFlight f = flights.get(key);
            if (f != null) {
                f.stopRequested = true;
                String task = f.task;
                // not submitted yet: the submission cancels it; the cancel timer asks again until a cancel got through
                if (task != null && !f.cancelSent) {
                    tasks.add(task);
                }
            }
        }
        if (!tasks.isEmpty()) {
            List<String> distinct = tasks.stream().distinct().toList();
            try {
                worker.execute(() -> cancel(distinct));
            } catch (RejectedExecutionException e) {
                // shutting down: close() cancels every job of this instance
            }
        }
    }

    private void cancel(List<String> tasks) {
        for (List<String> chunk : SlurmCommands.chunks(tasks, SlurmControl.IDS_PER_CALL)) {
            try {
                SlurmControl.cancel(chunk);
                flights.all().stream().filter(f -> chunk.contains(f.task)).forEach(f -> f.cancelSent = true);
            } catch (IOException e) {
                LOG.warning(() -> "scancel failed; the next stop request tries again: " + e.getMessage());
            }
        }
        // pending tasks leave the queue at once: their cases end now rather than at the next look
        poll();
    }

    /** Cancels the job's tasks that other instances submitted, once each: the cancel timer asks every second. */
    @Override
    public void stopElsewhere(long jobId) {
        long now = System.nanoTime();
        cancelledElsewhere.values().removeIf(at -> now - at > FORGET_CANCELLED.toNanos());
        List<String> tasks = cases.runsElsewhere(jobId, instance.value()).stream()
                .filter(this::adopts).map(r -> r.substring(KIND.length() + 1))
                .filter(t -> cancelledElsewhere.putIfAbsent(t, now) == null).toList();
        if (!tasks.isEmpty()) {
            try {
                worker.execute(() -> cancel(tasks));
            } catch (RejectedExecutionException e) {
                // shutting down: the owners' cancel timers stop their runs
            }
        }
    }

    /** A case of a lost instance: its Slurm task is cancelled; a local run's leftovers are stopped where they are. */
    @Override
    public void stopLost(String reference, Path caseDir) {
        if (adopts(reference)) {
            try {
                SlurmControl.cancel(List.of(reference.substring(KIND.length() + 1)));
            } catch (IOException e) {
                LOG.warning(() -> "Could not cancel the lost run " + reference + ": " + e.getMessage());
            }
        } else if (reference != null && reference.startsWith(KIND + ":")) {
            // claimed by a Slurm instance that was lost before its array was recorded: that array is still held
            cancelHeld(jobNameOf(reference.substring(KIND.length() + 1)));
        } else {
            launcher.stopLeftovers(caseDir);
        }
    }

    /** Cancels the lost instance's arrays that are still held: recorded with no case, they would wait for ever. */
    private static void cancelHeld(String lostJobName) {
        try {
            List<String> held = SlurmControl.heldArrays(lostJobName);
            if (!held.isEmpty()) {
                SlurmControl.cancel(held);
                LOG.info(() -> "Cancelled the held Slurm jobs " + held + " of a lost instance (" + lostJobName + ")");
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not cancel the held Slurm jobs of " + lostJobName + ": " + e.getMessage());
        }
    }

    /** Whether slurmctld answers (scontrol ping), with its own words: for readiness. */
    public Optional<String> unanswered() {
        return SlurmControl.unanswered();
    }

}
