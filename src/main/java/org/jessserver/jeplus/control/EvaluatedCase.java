package org.jessserver.jeplus.control;

import java.nio.file.Path;
import java.util.List;

/**
 * A case as the result tables list it: its id, weather file and model template (absolute paths in the job folder),
 * its evaluated value per tag ({@code ?=} formulas computed) and the folder it ran in.
 */
public record EvaluatedCase(String id, Path weather, Path template, List<String> tagValues, Path folder) {

    public EvaluatedCase {
        tagValues = List.copyOf(tagValues);
    }
}
