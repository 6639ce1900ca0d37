package org.jessserver.cancel.control;

/** CDI event: a user's request has set a job's cancel flag (committed); {@code bulk} when it came from POST /jobs/cancel. */
public record CancelRequested(long jobId, boolean bulk) {
}
