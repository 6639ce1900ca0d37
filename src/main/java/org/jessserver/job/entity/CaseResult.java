package org.jessserver.job.entity;

import java.time.Duration;

/**
 * How a case run ended, as it is to be recorded: the state it reached and what it left; {@code timedOut} tells a
 * FAILED run that hit its time-out apart, and {@code ranFor} is the run's wall time as its executor saw it.
 */
public record CaseResult(CaseKey key, CaseState state, String message, Integer exitCode, long cpuMillis,
                         long resultSize, boolean timedOut, Duration ranFor) {
}
