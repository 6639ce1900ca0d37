package org.jessserver.job.control;

import java.util.Optional;

/**
 * Job ids as clients give them: a plain positive decimal that fits in 63 bits. Anything else names no
 * job, so "01", "+1", "1.0" and "18446744073709551617" (which wraps to 1 as a long) are never job 1.
 */
public final class JobIds {

    private JobIds() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[1-9][0-9]{0,18}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** The refusal of every read of one job (status, cases) for a job that is missing or not the caller's. */
    public static String notAccessible(String id, String email) {
        return "Job " + id + " is not accessible to user " + email;
    }

    /** The refusal for an id that is no job id at all, naming it as given. */
    public static String invalid(String id) {
        return "Invalid job id: " + id;
    }
}
