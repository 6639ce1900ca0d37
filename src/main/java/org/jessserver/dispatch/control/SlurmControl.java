package org.jessserver.dispatch.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jessserver.engine.control.ScheduledCase;

/**
 * What the Slurm executor asks of Slurm, through its command-line tools ({@link SlurmCommands}): submit a held array
 * of task scripts and release it, cancel tasks, list tasks by job name or job id, say what became of a task that left
 * the queue, and answer a ping. It holds no state; the executor decides when to ask.
 */
final class SlurmControl {

    /** Task or job ids named in one command line. */
    static final int IDS_PER_CALL = 200;

    private SlurmControl() {
    }

    /**
     * Writes one script per task into {@code dir} (each line runs one case) and submits them as one held array named
     * {@code jobName}; returns the Slurm job id. Held, so that no task runs before the caller has recorded the tasks.
     */
    static String submitHeld(Path dir, String jobName, List<List<String>> taskLines, List<String> options)
            throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve("task.sh");
        // the node runs a copy of this script from its spool folder: the batch folder comes as its argument
        Files.writeString(script, "#!/bin/sh\n# jess-server: the cases of one array task, one after another\n"
                + ScheduledCase.SHELL_FUNCTION + ". \"$1/task-$SLURM_ARRAY_TASK_ID.sh\"\n", StandardCharsets.UTF_8);
        for (int i = 0; i < taskLines.size(); i++) {
            StringBuilder text = new StringBuilder();
            taskLines.get(i).forEach(l -> text.append(l).append('\n'));
            Files.writeString(dir.resolve("task-" + i + ".sh"), text, StandardCharsets.UTF_8);
        }
        // --no-requeue: on a node's failure Slurm would run the task again later, and with it cases already reported
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable", "--hold", "--no-requeue",
                "--job-name=" + jobName, "--array=0-" + (taskLines.size() - 1),
                "--output=" + dir.resolve("slurm-%a.out"), "--chdir=" + dir));
        command.addAll(options);
        command.add(script.toString());
        command.add(dir.toString());
        return SlurmCommands.jobId(SlurmCommands.run(command));
    }

    /** Lets a held array's tasks start. */
    static void release(String jobId) throws IOException {
        SlurmCommands.run(List.of("scontrol", "release", jobId));
    }

    /** scancel of these tasks, jobs or {@code --name=} filters (at most {@link #IDS_PER_CALL}). */
    static void cancel(List<String> what) throws IOException {
        List<String> command = new ArrayList<>(List.of("scancel"));
        command.addAll(what);
        SlurmCommands.run(command);
    }

    /** The tasks in the queue of the jobs of that name, by "jobid_task", with their state. */
    static Map<String, String> tasksNamed(String jobName) throws IOException {
        return SlurmCommands.tasks(SlurmCommands.run(List.of("squeue", "-h", "-r", "--name=" + jobName,
                "-o", "%i|%T")));
    }

    /** The tasks in the queue of these jobs, by "jobid_task", with their state. */
    static Map<String, String> tasksOf(Collection<String> jobIds) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (List<String> chunk : SlurmCommands.chunks(List.copyOf(jobIds), IDS_PER_CALL)) {
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

    /** What Slurm still knows of a task that left the queue (until MinJobAge). */
    static VanishedTask describe(String task) {
        try {
            return VanishedTask.described(task, SlurmCommands.run(List.of("scontrol", "-o", "show", "job", task)));
        } catch (IOException e) {
            return VanishedTask.unknown(task);
        }
    }

    /** The ids of the arrays of that name still held by their submitter. */
    static List<String> heldArrays(String jobName) throws IOException {
        return SlurmCommands.run(List.of("squeue", "-h", "--name=" + jobName, "-t", "PD", "-o", "%F|%r")).lines()
                .filter(l -> l.endsWith("|JobHeldUser")).map(l -> l.substring(0, l.indexOf('|'))).distinct().toList();
    }

    /** Whether slurmctld answers (scontrol ping); empty when it does, else its own words. */
    static Optional<String> unanswered() {
        try {
            String out = SlurmCommands.run(List.of("scontrol", "ping"));
            return out.contains("is UP") ? Optional.empty() : Optional.of(out.strip());
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
