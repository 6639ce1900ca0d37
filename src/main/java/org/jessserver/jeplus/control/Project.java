package org.jessserver.jeplus.control;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded and validated jEPlus project: its folder (inside the upload), batch id, weather files and model
 * templates (absolute paths, in list order: their positions are the W and T indices), parameters in project order,
 * execSettings and result definitions.
 */
public record Project(Path folder, String projectId, Path weatherDir, List<Path> weathers, Path idfDir,
        List<Path> templates, List<Parameter> parameters, ExecSettings exec, ResultDefinitions rvx) {

    public Project {
        weathers = List.copyOf(weathers);
        templates = List.copyOf(templates);
        parameters = List.copyOf(parameters);
    }

    /** Every individual tag in project order (a parameter with {@code a|b} gives two). */
    public List<String> tags() {
        return parameters.stream().flatMap(p -> p.tags().stream()).toList();
    }

    /** "EP_" + projectID: the root of generated case ids (jeplus.md §4.3). */
    public String batchId() {
        return "EP_" + projectId;
    }
}
