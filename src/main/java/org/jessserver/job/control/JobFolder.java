package org.jessserver.job.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jessserver.files.control.StagedFiles;
import org.jessserver.jeplus.control.JeplusCase;
import org.jessserver.jeplus.control.JeplusPlan;
import org.jessserver.job.entity.SimCase;

/**
 * Where a job's files live under {@code <data>/jobs/<id>}. A job of one EnergyPlus case is flat, as
 * JESS's: the uploaded files, listed in a hidden manifest, and every output at the root. A job of
 * several cases keeps the upload in {@code input/} and one folder per case beside it.
 */
public record JobFolder(Path root) {

    public static final String INPUT = "input";

    /** The case name of a flat job's one case: its folder is the job's root. */
    public static final String FLAT_CASE = ".";

    /** A flat job's list of uploaded files, so that a re-run of its case keeps them and a new job can reuse them. */
    static final String MANIFEST = ".jess-inputs";

    public static JobFolder of(Path dataDir, long jobId) {
        return new JobFolder(dataDir.resolve("jobs").resolve(Long.toString(jobId)));
    }

    /** True for a job of one case whose files share its root. */
    public boolean flat() {
        return Files.isRegularFile(root.resolve(MANIFEST));
    }

    /** The folder the job's uploaded files are in. */
    public Path input() {
        return flat() ? root : root.resolve(INPUT);
    }

    /** The folder the inputs of the named case are in, decided by the case's name, without a look at the disk. */
    public Path inputOf(String caseName) {
        return FLAT_CASE.equals(caseName) ? root : root.resolve(INPUT);
    }

    public Path caseDir(String caseName) {
        return FLAT_CASE.equals(caseName) ? root : root.resolve(caseName);
    }

    /** A jEPlus case as its row keeps it: its template and weather are files of the project in {@code input/}. */
    public JeplusCase projectCase(SimCase c) {
        Path input = root.resolve(INPUT);
        return new JeplusCase(c.getName(), input.resolve(c.getWeather()), input.resolve(c.getModel()),
                JeplusPlan.decode(c.getValues()));
    }

    /** The uploaded files as sorted '/'-separated paths relative to {@link #input()}. */
    public List<String> inputFiles() throws IOException {
        if (flat()) {
            return Files.readAllLines(root.resolve(MANIFEST), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).sorted().toList();
        }
        return StagedFiles.list(root.resolve(INPUT));
    }

    /** What a new run of the case must leave in its folder: a flat job's uploads and their manifest. */
    public Set<Path> keptOnRerun(String caseName) throws IOException {
        if (!FLAT_CASE.equals(caseName)) {
            return Set.of();
        }
        Set<Path> keep = inputFiles().stream().map(f -> root.resolve(f).toAbsolutePath().normalize())
                .collect(Collectors.toCollection(HashSet::new));
        keep.add(root.resolve(MANIFEST).toAbsolutePath().normalize());
        return keep;
    }

    /** Writes the manifest of a flat job into the folder that is about to become its root. */
    static void writeManifest(Path futureRoot, List<String> files) throws IOException {
        Files.write(futureRoot.resolve(MANIFEST), files, StandardCharsets.UTF_8);
    }
}
