package org.jessserver.engine.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What one case run needs: the engine executable (takes the EnergyPlus command line), the model and
 * weather files, the case folder for the output, whether to run ExpandObjects (-x), the time-out, and
 * the files of the folder (absolute, normalised) that are inputs and stay when a new run clears it, and the inputs
 * written into the cleared folder before the run.
 */
public record CaseSpec(Path executable, Path model, Path weather, Path caseDir, boolean expandObjects,
                       Duration timeout, Set<Path> keep, CaseInputs inputs) {

    /** A case whose inputs are already in place, some of them in its folder. */
    public CaseSpec(Path executable, Path model, Path weather, Path caseDir, boolean expandObjects, Duration timeout,
                    Set<Path> keep) {
        this(executable, model, weather, caseDir, expandObjects, timeout, keep, CaseInputs.NONE);
    }

    /** A case whose folder holds nothing but its run's output. */
    public CaseSpec(Path executable, Path model, Path weather, Path caseDir, boolean expandObjects, Duration timeout) {
        this(executable, model, weather, caseDir, expandObjects, timeout, Set.of(), CaseInputs.NONE);
    }
}
