package org.jessserver.engine.control;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a case's inputs into its emptied folder just before its run starts, on the run's own thread: a jEPlus case's
 * model and weather are made when it is dispatched, since a large job's would not fit on the disk all at once.
 */
@FunctionalInterface
public interface CaseInputs {

    /** Nothing to write: the inputs are already in place (an EnergyPlus job's uploaded files). */
    CaseInputs NONE = dir -> { };

    /** Writes the inputs; a failure says what could not be made, and the case fails with that message. */
    void write(Path caseDir) throws IOException;
}
