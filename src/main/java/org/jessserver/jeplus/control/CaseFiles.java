package org.jessserver.jeplus.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Writes a case's model and weather into its folder, and a job's result tables from its case folders. */
public final class CaseFiles {

    /** EP-Macro expands one IMF template: seconds, unless it hangs. */
    private static final Duration MACRO_TIMEOUT = Duration.ofMinutes(2);

    private final Path root;
    private final Project project;

    CaseFiles(Path root, Project project) {
        this.root = root;
        this.project = project;
    }

    /** Writes the case's in.idf (through EP-Macro beside the engine for an IMF) and links its in.epw. */
    public void write(JeplusCase c, Path caseDir, Path engine) throws IOException {
        // only an IMF template needs EP-Macro: an IDF case does not look for it
        EpMacro macro = ImfTemplate.isImf(c.template())
                ? EpMacro.besideEngine(engine).map(e -> new EpMacro(e, MACRO_TIMEOUT)).orElse(null) : null;
        try {
            ModelWriter.prepare(project, c, root, caseDir, macro);
        } catch (CasePreparationException e) {
            throw new IOException("Could not make the model of case " + c.id() + ": " + e.getMessage(), e);
        }
    }

    /** Writes the result tables of the cases (in build order) into the result folder; returns their bytes. */
    public long collect(Path resultFolder, List<JeplusCase> cases) {
        DerivedMetrics derived = new DerivedMetrics(project.rvx().derived());
        // derived values print as jEPlus prints doubles (Double.toString)
        new ResultCollector(resultFolder, project.rvx(), project.tags(), derived.headers(),
                c -> derived.cells(c).stream().map(String::valueOf).toList())
                .collect(cases.stream().map(c -> JeplusPlan.evaluated(project, c, resultFolder)).iterator());
        List<String> names = new ArrayList<>(List.of(ResultCollector.SIM_JOB_INDEX, ResultCollector.RUN_TIMES,
                ResultCollector.ALL_COMBINED, ResultCollector.ALL_DERIVED));
        project.rvx().csvs().forEach(i -> names.add(i.tableName() + ".csv"));
        long bytes = 0;
        for (String n : names) {
            bytes += resultFolder.resolve(n).toFile().length();
        }
        return bytes;
    }
}
