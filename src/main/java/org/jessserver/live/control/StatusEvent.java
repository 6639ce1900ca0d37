package org.jessserver.live.control;

/**
 * One job's status as live streams send it: whose job, whether it has ended, its tag (the status poll's ETag, by
 * which a stream sends each state once) and the status object already written as JSON, once for all streams.
 */
public record StatusEvent(long jobId, long ownerId, long lastUpdate, boolean terminal, String tag, String json) {
}
