package org.jessserver.engine.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What one case run needs: the engine executable (takes the EnergyPlus command line), the model and
 * weather files, the case folder for the output, whether to run ExpandObjects (-x), the time-out, and
 * the files of the folder (absolute, normalised) that are inputs and stay when a new run clears it.
 */
public record CaseSpec(Path executable, Path model, Path weather, Path caseDir, boolean expandObjects,
                       Duration timeout, Set<Path> keep) {

    /** A case whose folder holds nothing but its run's output. */
    public CaseSpec(Path executable, Path model, Path weather, Path caseDir, boolean expandObjects, Duration timeout) {
        this(executable, model, weather, caseDir, expandObjects, timeout, Set.of());
    }
}
