package org.jessserver.dispatch.control;

import java.util.HashMap;
import java.util.Map;

/**
 * What ends a case whose Slurm task left the queue without the case's outcome: decided from what Slurm still says of
 * the task (scontrol), whether the case's job is being cancelled through jess-server, and whether the grace for a task
 * that left no trace is over. Each end names what Slurm reported.
 */
final class VanishedTask {

    /** How the case ends, or that it waits for the next look. */
    enum Verdict { WAIT, STOPPED, FAILED }

    /** The case's end and its message; the message is empty while it waits. */
    record End(Verdict verdict, String message) {
    }

    /** The fields of "scontrol -o show job" that the messages name, in this order. */
    private static final String[] NAMED = {"JobState", "Reason", "ExitCode"};

    private final String task;
    private final Map<String, String> fields;

    private VanishedTask(String task, Map<String, String> fields) {
        this.task = task;
        this.fields = fields;
    }

    /** The task as "scontrol -o show job" describes it: one line of key=value words. */
    static VanishedTask described(String task, String scontrolOutput) {
        Map<String, String> fields = new HashMap<>();
        for (String word : scontrolOutput.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return new VanishedTask(task, fields);
    }

    /** A task Slurm no longer knows (ended longer than MinJobAge ago, a cold restart, or a pending task cancelled). */
    static VanishedTask unknown(String task) {
        return new VanishedTask(task, Map.of());
    }

    /**
     * The case's end. A cancel asked for through jess-server (by this instance, or the job's cancel flag, set by any
     * instance before it cancels the tasks) is a stop; Slurm's own ends (a time limit, a failed node, a cancel by
     * hand) fail the case at once; a task that left no word fails once the grace is over, since a stop request may
     * still come for it.
     */
    End end(boolean stopAsked, boolean jobCancelling, boolean graceOver) {
        if (stopAsked) {
            return new End(Verdict.STOPPED, "Stopped");
        }
        if (jobCancelling) {
            return new End(Verdict.STOPPED, "Cancelled in Slurm" + said());
        }
        return switch (fields.getOrDefault("JobState", "")) {
            case "CANCELLED" -> new End(Verdict.FAILED, "Cancelled in Slurm outside jess-server" + said());
            case "TIMEOUT" -> new End(Verdict.FAILED, "Slurm task " + task + " ran past its time limit"
                    + field("TimeLimit", " of ") + said());
            case "NODE_FAIL" -> new End(Verdict.FAILED, "Slurm task " + task + " was ended by the failure of its node"
                    + field("NodeList", " ") + said());
            default -> graceOver ? new End(Verdict.FAILED, "Slurm task " + task
                    + " ended without running the case to its end" + said()) : new End(Verdict.WAIT, "");
        };
    }

    private String field(String name, String before) {
        String value = fields.get(name);
        return value == null ? "" : before + value;
    }

    /** What Slurm says of the task, as " (Slurm: JobState=... Reason=... ExitCode=...)". */
    String said() {
        if (fields.isEmpty()) {
            return " (Slurm no longer knows it)";
        }
        StringBuilder out = new StringBuilder();
        for (String name : NAMED) {
            String value = fields.get(name);
            if (value != null) {
                out.append(out.isEmpty() ? "" : " ").append(name).append('=').append(value);
            }
        }
        return out.isEmpty() ? "" : " (Slurm: " + out + ")";
    }
}
