package org.jessserver.jeplus.control;

/**
 * One derived result of rvx (jeplus.md §8.6): a userVar (kind USER_VAR, {@code report} says whether it gets a
 * column), a constraint (lb, ub, min, max, weight) or an objective (min, max, weight); {@code scaling} adds a
 * normalised column to constraints and objectives.
 */
public record DerivedMetric(Kind kind, String identifier, String caption, String formula, boolean report,
        boolean scaling, double lb, double ub, double min, double max, double weight) {

    /** Where the metric comes from in rvx; also the order its columns take. */
    public enum Kind {
        USER_VAR, CONSTRAINT, OBJECTIVE
    }
}
