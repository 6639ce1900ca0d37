package org.jessserver.engine.control;

import java.time.Duration;

/** A case run that has been started: wait for it, or stop it with its whole process tree. */
public interface RunningCase {

    /** Blocks until the run ends: by itself, by its time-out (the tree is then stopped), or by {@link #stop}. */
    CaseOutcome await() throws InterruptedException;

    /** Stops the whole process tree: SIGTERM, then SIGKILL to whatever is left after the grace period. Idempotent. */
    void stop(Duration grace);

    /** Operating-system id of the run's top process. */
    long pid();
}
