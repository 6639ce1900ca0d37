package org.jessserver.engine.control;

import java.io.IOException;

/** Starts case runs. Local processes today; a cluster scheduler (Slurm) can implement the same contract later. */
public interface CaseExecutor {

    /** Starts the run in the background; the case folder is created (and emptied of an earlier attempt) first. */
    RunningCase start(CaseSpec spec) throws IOException;

    /** Stops what a lost run (its server was killed) may still run in the case folder; its files stay. */
    void stopLeftovers(java.nio.file.Path caseDir);
}
