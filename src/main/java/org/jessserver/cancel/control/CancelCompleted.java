package org.jessserver.cancel.control;

import java.time.Duration;

/**
 * CDI event: this instance has ended a flagged job CANCELED (committed); {@code sinceRequest} is the time from its
 * first cancel request, null when that is not known (a job flagged before the request time was kept).
 */
public record CancelCompleted(long jobId, Duration sinceRequest) {
}
