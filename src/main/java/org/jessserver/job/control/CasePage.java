package org.jessserver.job.control;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * Which page of a job's cases a client asks for, from the query parameters as given: at most {@code limit} cases
 * (1..1000, all of them up to 1000 when absent), those numbered above {@code after} (0 when absent: from the first).
 */
public record CasePage(int limit, int after) {

    /** The largest page, as for the job list: a client that wants more pages through with {@code after}. */
    public static final int MAX_LIMIT = JobFilter.MAX_LIMIT;

    public static CasePage of(String limit, String after) {
        return new CasePage(
                limit == null ? MAX_LIMIT : whole("limit", limit, 1, MAX_LIMIT, "a whole number from 1 to " + MAX_LIMIT),
                after == null ? 0 : whole("after", after, 0, Integer.MAX_VALUE,
                        "a case number, a whole number from 0 to " + Integer.MAX_VALUE));
    }

    /** Plain decimal digits only: "1.5", "-1", "+2" and "1e3" name no page and are refused with the value. */
    private static int whole(String name, String text, long min, long max, String what) {
        String s = text.trim();
        if (s.matches("[0-9]{1,10}")) {
            long n = Long.parseLong(s);
            if (n >= min && n <= max) {
                return (int) n;
            }
        }
        throw new InvalidRequestException("Parameter '" + name + "' must be " + what + ", not '" + text + "'");
    }
}
