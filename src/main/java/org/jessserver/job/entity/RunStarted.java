package org.jessserver.job.entity;

/** CDI event: this instance has claimed a queued case to run it; fired in the claim's transaction. */
public record RunStarted(CaseKey key) {
}
