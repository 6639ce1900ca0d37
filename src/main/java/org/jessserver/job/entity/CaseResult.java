package org.jessserver.job.entity;

/** How a case run ended, as it is to be recorded: the state it reached and what it left. */
public record CaseResult(CaseKey key, CaseState state, String message, Integer exitCode, long cpuMillis,
                         long resultSize) {
}
