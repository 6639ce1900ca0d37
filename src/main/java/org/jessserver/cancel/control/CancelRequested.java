package org.jessserver.cancel.control;

/** CDI event: a user's request has set a job's cancel flag (committed); {@code bulk} when from POST /jobs/cancel. */
public record CancelRequested(long jobId, boolean bulk) {
}
