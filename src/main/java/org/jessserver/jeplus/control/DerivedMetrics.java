package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The derived columns of {@code AllDerivedResults.csv} (jeplus.md §8.6): userVars, then constraints, then
 * objectives, each formula seeing the case's {@code c0, c1, ...} and every identifier evaluated before it. The
 * formulas are parsed once per project and evaluated per case.
 */
public final class DerivedMetrics {

    private static final double EPSILON = 1e-6;

    private final List<DerivedMetric> metrics;
    private final List<Formula> formulas;

    public DerivedMetrics(List<DerivedMetric> metrics) {
        // evaluation and column order is by kind whatever order the rvx lists them in; the sort is stable
        this.metrics = metrics.stream().sorted(Comparator.comparing(DerivedMetric::kind)).toList();
        this.formulas = new ArrayList<>();
        for (DerivedMetric m : this.metrics) {
            formulas.add(parseOrNull(m.formula()));
        }
    }

    private static Formula parseOrNull(String text) {
        try {
            return text == null ? null : Formula.parse(text);
        } catch (FormulaException e) {
            return null;
        }
    }

    /** The column headers: {@code <id>: <caption>}, and {@code <id>: normalized} after a scaled one. */
    public List<String> headers() {
        List<String> out = new ArrayList<>();
        for (DerivedMetric m : metrics) {
            if (hasColumn(m)) {
                out.add(m.identifier() + ": " + m.caption());
            }
            if (hasNormalized(m)) {
                out.add(m.identifier() + ": normalized");
            }
        }
        return out;
    }

    /**
     * The cells of one case, in {@link #headers()} order, from its result values {@code c0, c1, ...}; a formula
     * that fails (syntax, unknown name) gives 0.
     */
    public List<Double> cells(List<Double> results) {
        Map<String, Object> scope = new HashMap<>();
        for (int k = 0; k < results.size(); k++) {
            scope.put("c" + k, results.get(k));
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            DerivedMetric m = metrics.get(i);
            double x = value(formulas.get(i), scope);
            scope.put(m.identifier(), x);
            if (hasColumn(m)) {
                out.add(x);
            }
            if (hasNormalized(m)) {
                out.add(m.kind() == DerivedMetric.Kind.CONSTRAINT ? constraintPenalty(m, x) : objectiveScore(m, x));
            }
        }
        return out;
    }

    private static double value(Formula formula, Map<String, Object> scope) {
        if (formula == null) {
            return 0;
        }
        try {
            return formula.evaluateToNumber(scope);
        } catch (FormulaException e) {
            return 0;
        }
    }

    private static boolean hasColumn(DerivedMetric m) {
        return m.kind() != DerivedMetric.Kind.USER_VAR || m.report();
    }

    private static boolean hasNormalized(DerivedMetric m) {
        return m.kind() != DerivedMetric.Kind.USER_VAR && m.scaling();
    }

    /** 0 inside [lb, ub], the full weight at or beyond min or max, linear in between. */
    static double constraintPenalty(DerivedMetric m, double x) {
        if (m.lb() <= x && x <= m.ub()) {
            return 0;
        }
        if (x <= m.min() || x >= m.max()) {
            return m.weight();
        }
        return x < m.lb() ? m.weight() * (m.lb() - x) / (m.lb() - m.min())
                : m.weight() * (x - m.ub()) / (m.max() - m.ub());
    }

    /** x scaled from [min, max] to [0, 1] and clamped; 0 when the range is empty. The weight is not applied. */
    static double objectiveScore(DerivedMetric m, double x) {
        if (m.max() <= m.min() + EPSILON) {
            return 0;
        }
        if (x > m.max()) {
            return 1;
        }
        return x > m.min() ? (x - m.min()) / (m.max() - m.min()) : 0;
    }
}
