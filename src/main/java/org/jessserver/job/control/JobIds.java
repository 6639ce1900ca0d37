package org.jessserver.job.control;

import java.util.Optional;

/** Job ids as they come in paths: a positive number, anything else names no job. */
public final class JobIds {

    private JobIds() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long n = Long.parseLong(id);
        return n > 0 ? Optional.of(n) : Optional.empty();
    }
}
