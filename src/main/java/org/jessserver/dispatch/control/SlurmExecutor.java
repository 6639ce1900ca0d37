package org.jessserver.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import java.util.stream.Stream;
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
 * without one (stopped, or failed with what Slurm says of the task). Slurm's accounting is not needed.
 */
@ApplicationScoped
@Typed(SlurmExecutor.class)
public class SlurmExecutor implements CaseExecutor {

    private static final Logger LOG = Logger.getLogger(SlurmExecutor.class.getName());

    static final String KIND = "slurm";

    /** A run reference this executor can follow: "slurm:jobid_task". */
    private static final String TASK_REFERENCE = KIND + ":\\d+_\\d+";

    /** Cases one instance keeps in Slurm's hands at once: queued there or running. */
    static final int IN_SLURM = 1000;

    /** Modest for slurmctld (one squeue call for all of this instance's tasks), prompt enough for a case's end. */
    static final Duration POLL = Duration.ofMillis(500);

    /** While cancelled tasks are on their way out: a cancel's reply waits for them, and it lasts a second or two. */
    static final Duration POLL_STOPPING = Duration.ofMillis(100);

    /** How long a case whose task vanished without a word waits for a stop request before it fails. */
    static final Duration GONE_GRACE = Duration.ofSeconds(3);

    /** How long claims wait after Slurm's controller did not answer a submission. */
    static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(5);

    /** How long a task cancelled for another instance is not cancelled again. */
    private static final Duration FORGET_CANCELLED = Duration.ofMinutes(5);

    /** Task ids named in one scancel or scontrol call. */
    private static final int IDS_PER_CALL = 200;

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

    /** One case in Slurm's hands, from its hand-over until its end is reported. */
    private static final class Flight {
        final CaseRun run;
        final RunEndings endings;
        /** Its array task, "jobid_index", once submitted; the batch folder it runs from. */
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

        Flight(CaseRun run, RunEndings endings) {
            this.run = run;
            this.endings = endings;
        }
    }

    /** The folder of one sbatch call's scripts and task logs, removed once all of its cases have ended. */
    private record Batch(Path dir, AtomicInteger left) {
    }

    private final Map<CaseKey, Flight> flights = new ConcurrentHashMap<>();
    /** Tasks of other instances this one cancelled, and when: Slurm forgets an ended job after MinJobAge. */
    private final Map<String, Long> cancelledElsewhere = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong batches = new AtomicLong();
    private ScheduledExecutorService worker;
    /** Every Slurm job of this instance has this name: squeue lists them all in one call, whatever else is queued. */
    private String jobName;
    private volatile boolean pollFailing;
    /** Until when (System.nanoTime()) no case is claimed, after sbatch found Slurm's controller unreachable. */
    private volatile long claimsPausedUntil = System.nanoTime();
    private final AtomicBoolean quickLook = new AtomicBoolean();

    @PostConstruct
    void open() {
        String id = instance.value();
        jobName = jobNameOf(id);
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
            List<String> adoptedTasks = flights.values().stream().filter(f -> f.adopted).map(f -> f.task).distinct()
                    .toList();
            List<List<String>> calls = new ArrayList<>(SlurmCommands.chunks(adoptedTasks, IDS_PER_CALL));
            calls.add(List.of("--name=" + jobName));
            for (List<String> what : calls) {
                List<String> command = new ArrayList<>(List.of("scancel"));
                command.addAll(what);
                try {
                    SlurmCommands.run(command);
                } catch (IOException e) {
                    LOG.warning(() -> "Could not cancel this instance's Slurm jobs " + what + ": " + e.getMessage());
                }
            }
        }
        for (Flight f : flights.values()) {
            // a case that ended before keeps its outcome; the others run again
            Optional<CaseOutcome> outcome = f.task == null ? Optional.empty()
                    : ScheduledCase.outcome(f.run.spec().caseDir(), f.run.spec().timeout());
            report(f, () -> outcome.ifPresentOrElse(o -> f.endings.ended(f.run, o),
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
        return roomInTasks(IN_SLURM - active.get(), settings.casesPerTask());
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
        List<Flight> batch = new ArrayList<>();
        for (CaseRun run : runs) {
            Flight f = new Flight(run, endings);
            active.incrementAndGet();
            flights.put(run.key(), f);
            batch.add(f);
        }
        try {
            worker.execute(() -> submit(batch));
        } catch (RejectedExecutionException e) {
            batch.forEach(f -> report(f, () -> endings.handedBack(f.run, "This instance is shutting down")));
        }
    }

    /** Makes the cases' folders ready and submits them as one job array, cases of one job packed into its tasks. */
    private void submit(List<Flight> batch) {
        Map<Long, List<Flight>> byJob = new LinkedHashMap<>();
        Map<Flight, String> lines = new HashMap<>();
        for (Flight f : batch) {
            if (f.stopRequested) {
                report(f, () -> f.endings.ended(f.run, stopped()));
                continue;
            }
            try {
                Path dir = ScheduledCase.prepare(f.run.spec());
                lines.put(f, ScheduledCase.line(f.run.spec(), dir));
                byJob.computeIfAbsent(f.run.key().jobId(), k -> new ArrayList<>()).add(f);
            } catch (CaseBusyException e) {
                report(f, () -> f.endings.handedBack(f.run, e.getMessage()));
            } catch (IOException | RuntimeException e) {
                report(f, () -> f.endings.failed(f.run, Endings.cannotStart(e)));
            }
        }
        List<List<Flight>> tasks = new ArrayList<>();
        int perTask = settings.casesPerTask();
        byJob.values().forEach(cases -> SlurmCommands.chunks(cases, perTask).forEach(tasks::add));
        if (tasks.isEmpty()) {
            return;
        }
        Path dir = platform.dataDir().resolve("slurm").resolve(jobName + "-" + batches.incrementAndGet());
        Batch b = new Batch(dir, new AtomicInteger(tasks.stream().mapToInt(List::size).sum()));
        String jobId;
        try {
            jobId = sbatch(dir, tasks, lines);
        } catch (IOException e) {
            delete(dir);
            if (SlurmCommands.unreachable(e)) {
                // a controller that restarts or fails over: the cases wait in the queue, not fail
                claimsPausedUntil = System.nanoTime() + UNREACHABLE_PAUSE.toNanos();
                LOG.warning(() -> "Slurm's controller does not answer; " + b.left() + " case(s) go back to the queue"
                        + " and claims pause for " + UNREACHABLE_PAUSE.toSeconds() + " s: " + e.getMessage());
                tasks.forEach(t -> t.forEach(f -> report(f, () -> f.endings.handedBack(f.run,
                        "Slurm's controller did not answer"))));
            } else {
                LOG.warning(() -> "Slurm did not take " + b.left() + " case(s): " + e.getMessage());
                tasks.forEach(t -> t.forEach(f -> report(f, () -> f.endings.failed(f.run,
                        "Slurm did not take the case: " + e.getMessage()))));
            }
            return;
        }
        Map<CaseKey, String> references = new HashMap<>();
        List<String> stopNow = new ArrayList<>();
        long now = System.nanoTime();
        for (int i = 0; i < tasks.size(); i++) {
            String task = jobId + "_" + i;
            for (Flight f : tasks.get(i)) {
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
            tasks.forEach(t -> t.forEach(f -> report(f, () -> f.endings.handedBack(f.run,
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
    private void release(String jobId, List<List<Flight>> tasks) {
        try {
            SlurmCommands.run(List.of("scontrol", "release", jobId));
        } catch (IOException e) {
            LOG.warning(() -> "Slurm did not release job " + jobId + "; its cases run again: " + e.getMessage());
            tasks.forEach(t -> t.forEach(f -> report(f, () -> f.endings.handedBack(f.run,
                    "Slurm did not release its task: " + e.getMessage()))));
            cancel(List.of(jobId));
        }
    }

    /** Writes the batch's scripts and submits them; returns the Slurm job id. */
    private String sbatch(Path dir, List<List<Flight>> tasks, Map<Flight, String> lines) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve("task.sh");
        // the node runs a copy of this script from its spool folder: the batch folder comes as its argument
        Files.writeString(script, "#!/bin/sh\n# jess-server: the cases of one array task, one after another\n"
                + ScheduledCase.SHELL_FUNCTION + ". \"$1/task-$SLURM_ARRAY_TASK_ID.sh\"\n", StandardCharsets.UTF_8);
        for (int i = 0; i < tasks.size(); i++) {
            StringBuilder text = new StringBuilder();
            tasks.get(i).forEach(f -> text.append(lines.get(f)).append('\n'));
            Files.writeString(dir.resolve("task-" + i + ".sh"), text, StandardCharsets.UTF_8);
        }
        // --no-requeue: on a node's failure Slurm would run the task again later, and with it cases already reported
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable", "--hold", "--no-requeue",
                "--job-name=" + jobName, "--array=0-" + (tasks.size() - 1), "--output=" + dir.resolve("slurm-%a.out"),
                "--chdir=" + dir));
        command.addAll(settings.sbatchOptions());
        command.add(script.toString());
        command.add(dir.toString());
        return SlurmCommands.jobId(SlurmCommands.run(command));
    }

    @Override
    public boolean adopts(String reference) {
        return reference != null && reference.matches(TASK_REFERENCE);
    }

    /** The lost instance's task goes on; this instance watches it from now on, as one of its own. */
    @Override
    public void adopt(CaseRun run, String reference, RunEndings endings) {
        Flight f = new Flight(run, endings);
        f.task = reference.substring(KIND.length() + 1);
        f.adopted = true;
        f.submittedNanos = System.nanoTime();
        active.incrementAndGet();
        flights.put(run.key(), f);
    }

    /** Lists this instance's tasks and reports every case that has ended since the last look. */
    private void poll() {
        try {
            if (!flights.isEmpty()) {
                look();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look at the Slurm tasks; the next look tries again", e);
        }
        if (flights.values().stream().anyMatch(f -> f.cancelSent) && quickLook.compareAndSet(false, true)) {
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

    private void look() {
        long started = System.nanoTime();
        Map<String, String> queued = null;
        try {
            queued = SlurmCommands.tasks(SlurmCommands.run(List.of("squeue", "-h", "-r", "--name=" + jobName,
                    "-o", "%i|%T")));
            queued.putAll(adoptedInQueue());
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
        for (Flight f : flights.values()) {
            String task = f.task;
            if (task == null || queued != null && "PENDING".equals(queued.get(task))) {
                // not submitted yet, or its task has not started: no outcome to look for
                continue;
            }
            Optional<CaseOutcome> outcome = ScheduledCase.outcome(f.run.spec().caseDir(), f.run.spec().timeout());
            if (outcome.isPresent()) {
                report(f, () -> f.endings.ended(f.run, outcome.get()));
            } else if (queued != null && !queued.containsKey(task) && f.submittedNanos - started < 0) {
                // the task left the queue; a case it ran wrote its outcome before, so one missing now never comes
                Optional<CaseOutcome> last = ScheduledCase.outcome(f.run.spec().caseDir(), f.run.spec().timeout());
                if (last.isPresent()) {
                    report(f, () -> f.endings.ended(f.run, last.get()));
                } else if (f.stopRequested) {
                    report(f, () -> f.endings.ended(f.run, stopped()));
                } else {
                    if (f.goneSince == 0) {
                        f.goneSince = started | 1;
                        f.gone = gone.computeIfAbsent(task, SlurmExecutor::whatSlurmSays);
                    }
                    // a cancel through jess-server, on any instance, flags the job before it cancels the tasks
                    Boolean flagged = cancelAsked.computeIfAbsent(f.run.key().jobId(), this::cancelAsked);
                    if (flagged != null) {
                        endGone(f, f.gone.end(f.stopRequested, flagged, started - f.goneSince > GONE_GRACE.toNanos()));
                    }
                }
            }
        }
    }

    /** The adopted tasks still in Slurm's queue: they run under their lost instance's job name, so asked by job id. */
    private Map<String, String> adoptedInQueue() throws IOException {
        List<String> jobIds = flights.values().stream().filter(f -> f.adopted)
                .map(f -> f.task.substring(0, f.task.indexOf('_'))).distinct().toList();
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : SlurmCommands.chunks(jobIds, IDS_PER_CALL)) {
            try {
                out.putAll(SlurmCommands.tasks(SlurmCommands.run(List.of("squeue", "-h", "-r",
                        "--jobs=" + String.join(",", chunk), "-o", "%i|%T"))));
            } catch (IOException e) {
                // squeue refuses a list of jobs that are all gone from its memory (past MinJobAge): none is queued
                if (!e.getMessage().contains("Invalid job id")) {
                    throw e;
                }
            }
        }
        return out;
    }

    /** What Slurm still knows of an ended task (until MinJobAge). */
    private static VanishedTask whatSlurmSays(String task) {
        try {
            return VanishedTask.described(task, SlurmCommands.run(List.of("scontrol", "-o", "show", "job", task)));
        } catch (IOException e) {
            return VanishedTask.unknown(task);
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

    private void endGone(Flight f, VanishedTask.End end) {
        switch (end.verdict()) {
            case STOPPED -> report(f, () -> f.endings.ended(f.run,
                    new CaseOutcome(CaseOutcome.Kind.STOPPED, -1, 0, end.message())));
            case FAILED -> report(f, () -> f.endings.failed(f.run, end.message()));
            case WAIT -> {
                // a task that left no word in Slurm: a stop request of this instance may still come for it
            }
        }
    }

    private static CaseOutcome stopped() {
        return new CaseOutcome(CaseOutcome.Kind.STOPPED, -1, 0, "Stopped");
    }

    /** Reports a case's end once, and only then frees its place (see {@link RunEndings#roomFreed}). */
    private void report(Flight f, Runnable end) {
        if (!flights.remove(f.run.key(), f)) {
            return;
        }
        try {
            end.run();
        } finally {
            active.decrementAndGet();
            f.endings.roomFreed();
            Batch b = f.batch;
            if (b != null && b.left().decrementAndGet() == 0) {
                delete(b.dir());
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
            Flight f = flights.get(key);
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
        for (List<String> chunk : SlurmCommands.chunks(tasks, IDS_PER_CALL)) {
            List<String> command = new ArrayList<>(List.of("scancel"));
            command.addAll(chunk);
            try {
                SlurmCommands.run(command);
                flights.values().stream().filter(f -> chunk.contains(f.task)).forEach(f -> f.cancelSent = true);
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
                SlurmCommands.run(List.of("scancel", reference.substring(KIND.length() + 1)));
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
            List<String> held = SlurmCommands.run(List.of("squeue", "-h", "--name=" + lostJobName, "-t", "PD",
                    "-o", "%F|%r")).lines().filter(l -> l.endsWith("|JobHeldUser"))
                    .map(l -> l.substring(0, l.indexOf('|'))).distinct().toList();
            if (!held.isEmpty()) {
                List<String> command = new ArrayList<>(List.of("scancel"));
                command.addAll(held);
                SlurmCommands.run(command);
                LOG.info(() -> "Cancelled the held Slurm jobs " + held + " of a lost instance (" + lostJobName + ")");
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not cancel the held Slurm jobs of " + lostJobName + ": " + e.getMessage());
        }
    }

    /** Whether slurmctld answers (scontrol ping), with its own words: for readiness. */
    public Optional<String> unanswered() {
        try {
            String out = SlurmCommands.run(List.of("scontrol", "ping"));
            return out.contains("is UP") ? Optional.empty() : Optional.of(out.strip());
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "Could not remove " + dir + ": " + e);
        }
    }
}
