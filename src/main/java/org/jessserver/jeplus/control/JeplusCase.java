package org.jessserver.jeplus.control;

import java.nio.file.Path;
import java.util.List;

/**
 * One case of a project: its id (also its folder's name), weather file and model template (absolute paths inside
 * the upload), and one raw value per individual tag in {@link Project#tags()} order ({@code ?=} formulas are still
 * unevaluated: {@code CaseValues} evaluates them).
 */
public record JeplusCase(String id, Path weather, Path template, List<String> tagValues) {

    public JeplusCase {
        tagValues = List.copyOf(tagValues);
    }
}
