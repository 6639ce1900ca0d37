package org.jessserver.results.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jessserver.job.control.CaseLine;
import org.jessserver.job.control.JobFolder;
import org.jessserver.job.entity.SimCase;
import org.jessserver.platform.control.CsvTable;
import org.jessserver.platform.control.DiskFullException;
import org.jessserver.platform.control.DiskSpace;

/**
 * Writes the job's results table, one row per case: its folder, inputs, state, exit code, CPU time, message, and the
 * scheduler's job and task that ran it (empty for a local run).
 */
@ApplicationScoped
public class ResultSummary {

    public static final String FILE = "job_summary.csv";

    private static final List<String> HEADER = List.of("case", "name", "model", "weather", "engine", "state",
            "exit_code", "cpu_seconds", "result_bytes", "message", "run");

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
                CsvTable.printRecord(w, HEADER, CsvTable.LF);
                for (SimCase c : cases) {
                    CsvTable.printRecord(w, row(c), CsvTable.LF);
                }
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(file);
        } catch (IOException e) {
            deleteQuietly(part);
            throw DiskSpace.unchecked(e, "write the results table " + FILE);
        }
    }

    private static List<Object> row(SimCase c) {
        return Arrays.asList(c.getCaseNo(), c.getName(), c.getModel(), c.getWeather(), c.getEngineVersion(),
                c.getState(), c.getExitCode(), String.format(Locale.ROOT, "%.3f", c.getCpuMillis() / 1000.0),
                c.getResultSize(), c.getMessage(), CaseLine.shownRun(c.getRunRef()));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // hidden, and replaced by the next write of the table
        }
    }
}
