package org.jessserver.job.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a case's lease ends and when a holder counts as lost, at a given time: a lease runs one lease length
 * from its claim or last renewal and is held through its last millisecond; a job that has waited for its
 * preparation more than a lease length since its last change is prepared again (its preparer may have died).
 * The queries that find them select by these cut-offs, so one reading of the clock decides both.
 */
public final class LeaseRules {

    private LeaseRules() {
    }

    /** The end of a lease taken or renewed at {@code now}, in epoch milliseconds as stored. */
    public static long until(Instant now, Duration lease) {
        return now.toEpochMilli() + lease.toMillis();
    }

    /** Leases that end before this have expired; one that ends at this very millisecond is still held. */
    public static long expiredBefore(Instant now) {
        return now.toEpochMilli();
    }

    /** Waiting jobs last changed before this have stalled; one changed exactly a lease ago has not yet. */
    public static long stalledBefore(Instant now, Duration lease) {
        return now.toEpochMilli() - lease.toMillis();
    }
}
