package org.jessserver.dispatch.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slurm's command-line tools (sbatch, squeue, scancel, scontrol), run as processes with their arguments as given: no
 * shell, so that nothing in a setting or a path is ever interpreted. A tool that does not answer in time is killed.
 */
final class SlurmCommands {

    /** Longer than slurmctld takes on a busy cluster; a hanging tool must not hold the executor's thread for ever. */
    static final Duration LIMIT = Duration.ofSeconds(30);

    private SlurmCommands() {
    }

    /** The tool's output; an exit code other than 0 is an IOException with what it wrote. */
    static String run(List<String> command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " cannot run: " + e.getMessage(), e);
        }
        try (InputStream in = p.getInputStream()) {
            // read before waiting: a tool that fills the pipe would never end
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not answer within " + LIMIT.toSeconds() + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed (exit " + p.exitValue() + "): " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " was interrupted", e);
        }
    }

    /**
     * Whether the tool failed because Slurm's controller did not answer (down, restarting, unreachable), as Slurm's
     * tools say it, rather than refusing what was asked.
     */
    static boolean unreachable(IOException e) {
        String text = String.valueOf(e.getMessage());
        return text.contains("Unable to contact slurm controller") || text.contains("did not answer within")
                || text.contains("Socket timed out");
    }

    /** sbatch --parsable's reply, "jobid" or "jobid;cluster": the job id. */
    static String jobId(String sbatchReply) throws IOException {
        String id = sbatchReply.strip().split(";", 2)[0];
        if (!id.matches("\\d+")) {
            throw new IOException("sbatch gave no job id: " + sbatchReply.strip());
        }
        return id;
    }

    /** The array tasks squeue lists ("-r -o %i|%T": one "jobid_task|STATE" a line), by "jobid_task". */
    static Map<String, String> tasks(String squeueOutput) {
        Map<String, String> out = new HashMap<>();
        for (String line : squeueOutput.split("\n")) {
            int bar = line.indexOf('|');
            if (bar > 0) {
                out.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
            }
        }
        return out;
    }

    /** The items in groups of at most {@code size}, in order: tasks of cases, task ids for one command line. */
    static <T> List<List<T>> chunks(List<T> ids, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            out.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return out;
    }
}
