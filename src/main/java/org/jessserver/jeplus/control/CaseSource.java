package org.jessserver.jeplus.control;

import java.math.BigInteger;
import java.util.stream.Stream;

/** The cases one subset of a project runs: its count, known before any case is made, then the cases in run order. */
public interface CaseSource {

    /** How many cases {@link #stream()} gives; exact, so the cap can name it even beyond {@code long}. */
    BigInteger count();

    /**
     * A fresh, lazy stream of the cases in run order; each call starts again and gives the same cases. Close it
     * (a job list holds an open file while streamed).
     */
    Stream<JeplusCase> stream();
}
