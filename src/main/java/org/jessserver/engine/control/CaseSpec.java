package org.jessserver.engine.control;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one case run needs: the engine executable (takes the EnergyPlus command line), the model and
 * weather files, the case folder for the output, whether to run ExpandObjects (-x), and the time-out.
 */
public record CaseSpec(Path executable, Path model, Path weather, Path caseDir, boolean expandObjects,
                       Duration timeout) {
}
