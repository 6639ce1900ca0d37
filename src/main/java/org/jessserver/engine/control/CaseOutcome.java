package org.jessserver.engine.control;

/** How a case run ended, with its exit code, CPU time (of the whole process tree) and a human message. */
public record CaseOutcome(Kind kind, int exitCode, long cpuMillis, String message) {

    /** SIMULATED: exit code 0 and eplusout.end says it completed successfully. */
    public enum Kind { SIMULATED, FAILED, TIMED_OUT, STOPPED }
}
