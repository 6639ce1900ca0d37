package org.jessserver.dispatch.control;

import java.util.Map;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.job.entity.CaseKey;

/** What an executor tells dispatch about the runs it was given: each run ends exactly once, by one of these. */
public interface RunEndings {

    /**
     * The runs' handles, learned after their claim (a scheduler's job and task ids): each becomes its case's run
     * reference in place of {@link CaseExecutor#reference()}, so that any instance can find or stop the run.
     */
    void referenced(Map<CaseKey, String> references);

    /** The run ended: by itself, by its time-out, or stopped. */
    void ended(CaseRun run, CaseOutcome outcome);

    /** The run could not start; the case fails, saying why. */
    void failed(CaseRun run, String why);

    /** The case goes back to the queue without counting an attempt (another run of it is still busy; a shutdown). */
    void handedBack(CaseRun run, String why);

    /**
     * The executor has room again. It tells this only after reporting the end that freed the room: were the room
     * counted first, a claim could commit before that end, and the database would show one running case too many.
     */
    void roomFreed();
}
