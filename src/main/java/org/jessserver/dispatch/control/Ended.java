package org.jessserver.dispatch.control;

import org.jessserver.job.entity.CaseResult;

/** A run's end waiting to be committed: its result, or null when its case goes back to the queue instead. */
record Ended(CaseRun run, CaseResult result) {

    static Ended release(CaseRun run) {
        return new Ended(run, null);
    }
}
