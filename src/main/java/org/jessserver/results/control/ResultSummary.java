package org.jessserver.results.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.entity.SimCase;
import org.jessserver.platform.control.DiskFullException;
import org.jessserver.platform.control.DiskSpace;

/** Writes the job's results table, one row per case: its folder, inputs, state, exit code, CPU time, message. */
@ApplicationScoped
public class ResultSummary {

    public static final String FILE = "job_summary.csv";

    /**
     * Writes (or rewrites) the table and returns its size in bytes. It is written under a hidden name and then renamed,
     * so the folder holds the whole table or none; a full disk is a {@link DiskFullException}.
     */
    public long write(JobFolder folder, List<SimCase> cases) {
        Path file = folder.root().resolve(FILE);
        Path part = folder.root().resolve("." + FILE + ".part");
        try {
            Files.createDirectories(folder.root());
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                w.write("case,name,model,weather,engine,state,exit_code,cpu_seconds,result_bytes,message\n");
                for (SimCase c : cases) {
                    w.write(row(c));
                }
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(file);
        } catch (IOException e) {
            deleteQuietly(part);
            throw DiskSpace.unchecked(e, "write the results table " + FILE);
        }
    }

    private static String row(SimCase c) {
        return c.getCaseNo() + "," + csv(c.getName()) + "," + csv(c.getModel()) + "," + csv(c.getWeather())
                + "," + csv(c.getEngineVersion()) + "," + c.getState() + ","
                + (c.getExitCode() == null ? "" : c.getExitCode()) + ","
                + String.format(java.util.Locale.ROOT, "%.3f", c.getCpuMillis() / 1000.0) + ","
                + c.getResultSize() + "," + csv(c.getMessage()) + "\n";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // hidden, and replaced by the next write of the table
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
