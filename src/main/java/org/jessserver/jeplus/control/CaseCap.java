package org.jessserver.jeplus.control;

import java.math.BigInteger;
import org.jessserver.platform.control.InvalidRequestException;

/** The per-job case cap (jeplus.md §11 q1): refuses a subset that expands to too many cases before any is made. */
public final class CaseCap {

    private CaseCap() {
    }

    /** The count as a {@code long} when it is within {@code limit}; otherwise the refusal naming both numbers. */
    public static long check(BigInteger count, long limit) {
        if (count.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new InvalidRequestException("Project expands to " + count + " cases, more than the limit of "
                    + limit + "; use subset LHS to sample it");
        }
        return count.longValueExact();
    }
}
