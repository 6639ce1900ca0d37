package org.jessserver;

import com.tngtech.archunit.library.freeze.ViolationLineMatcher;

/**
 * Matches a frozen violation with a new one as ArchUnit does by default (line numbers do not count), except that
 * a cycle is the same cycle when it passes the same components: which imports make up each step changes with
 * every edit inside the cycle and must not make a known cycle look new.
 */
public class CycleAwareLineMatcher implements ViolationLineMatcher {

    private static final String CYCLE = "Cycle detected:";
    private static final String DETAILS = "1. Dependencies of";

    @Override
    public boolean matches(String lineFromFirstViolation, String lineFromSecondViolation) {
        return normal(lineFromFirstViolation).equals(normal(lineFromSecondViolation));
    }

    private static String normal(String line) {
        String s = line;
        if (s.startsWith(CYCLE) && s.contains(DETAILS)) {
            s = s.substring(0, s.indexOf(DETAILS));
        }
        // line numbers and the numbers javac gives lambdas and anonymous classes
        return s.replaceAll("\\.java:\\d+\\)", ".java)").replaceAll("\\$\\d+", "\\$").replaceAll("\\s+", " ").trim();
    }
}
