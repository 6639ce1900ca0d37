package org.jessserver.job.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jessserver.simcase.entity.SimCase;

/** Writes the job's results table, one row per case: its folder, inputs, state, exit code, CPU time, message. */
@ApplicationScoped
public class ResultSummary {

    public static final String FILE = "job_summary.csv";

    /** Writes (or rewrites) the table and returns its size in bytes. */
    public long write(JobFolder folder, List<SimCase> cases) {
        Path file = folder.root().resolve(FILE);
        try {
            Files.createDirectories(folder.root());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("case,name,model,weather,engine,state,exit_code,cpu_seconds,result_bytes,message\n");
                for (SimCase c : cases) {
                    w.write(c.getCaseNo() + "," + csv(c.getName()) + "," + csv(c.getModel()) + "," + csv(c.getWeather())
                            + "," + csv(c.getEngine()) + "," + c.getState() + ","
                            + (c.getExitCode() == null ? "" : c.getExitCode()) + ","
                            + String.format(java.util.Locale.ROOT, "%.3f", c.getCpuMillis() / 1000.0) + ","
                            + c.getResultSize() + "," + csv(c.getMessage()) + "\n");
                }
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
