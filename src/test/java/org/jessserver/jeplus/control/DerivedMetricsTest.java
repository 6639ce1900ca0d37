package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedMetricsTest {

    private static DerivedMetric userVar(String id, String caption, String formula) {
        return new DerivedMetric(DerivedMetric.Kind.USER_VAR, id, caption, formula, true, false, 0, 0, 0, 0, 0);
    }

    private static DerivedMetric objective(String id, String caption, String formula, boolean scaling, double min,
            double max) {
        return new DerivedMetric(DerivedMetric.Kind.OBJECTIVE, id, caption, formula, true, scaling, 0, 0, min, max, 1);
    }

    private static DerivedMetric constraint(String id, String caption, String formula, double ub, double max,
            double weight) {
        return new DerivedMetric(DerivedMetric.Kind.CONSTRAINT, id, caption, formula, true, true, 0, ub, 0, max,
                weight);
    }

    /** The Shoebox rvx, objectives listed before constraints as in its project.json. */
    private static final List<DerivedMetric> SHOEBOX = List.of(
            userVar("v1", "Heating [kWh]", "c0"), userVar("v2", "Cooling [kWh]", "c1"),
            userVar("v3", "Linghting [kWh]", "c2"), userVar("v4", "Discomfort [hrs]", "c4"),
            objective("t1", "Total heating [kWh]", "v1", false, 0, 1),
            objective("t2", "Total cooling [kWh]", "v2", false, 0, 1),
            constraint("s1", "Lighting consumption [kWh]", "v3", 150, 500, 1),
            constraint("s2", "Discomfort [Hrs]", "v4", 80, 1500, 1));

    @Test
    void shoeboxHeaderPutsConstraintsBeforeObjectives() {
        assertEquals("v1: Heating [kWh],v2: Cooling [kWh],v3: Linghting [kWh],v4: Discomfort [hrs],"
                + "s1: Lighting consumption [kWh],s1: normalized,s2: Discomfort [Hrs],s2: normalized,"
                + "t1: Total heating [kWh],t2: Total cooling [kWh]",
                String.join(",", new DerivedMetrics(SHOEBOX).headers()));
    }

    @Test
    void shoeboxCellsFollowTheHeader() {
        List<Double> cells = new DerivedMetrics(SHOEBOX).cells(List.of(1200.5, 300.0, 325.0, 90.0, 40.0));
        assertEquals(List.of(1200.5, 300.0, 325.0, 40.0, 325.0, 0.5, 40.0, 0.0, 1200.5, 300.0), cells);
    }

    @Test
    void constraintPenaltyRisesFromTheBoundToTheLimit() {
        DerivedMetric s = new DerivedMetric(DerivedMetric.Kind.CONSTRAINT, "s", "S", "x", true, true, 10, 20, 0, 40,
                2);
        assertEquals(0.0, DerivedMetrics.constraintPenalty(s, 15));
        assertEquals(1.0, DerivedMetrics.constraintPenalty(s, 5));
        assertEquals(1.0, DerivedMetrics.constraintPenalty(s, 30));
        assertEquals(2.0, DerivedMetrics.constraintPenalty(s, 40));
        assertEquals(2.0, DerivedMetrics.constraintPenalty(s, -1));
    }

    @Test
    void objectiveScoreIsClampedAndIgnoresTheWeight() {
        DerivedMetric t = objective("t", "T", "x", true, 100, 200);
        assertEquals(0.0, DerivedMetrics.objectiveScore(t, 50));
        assertEquals(0.25, DerivedMetrics.objectiveScore(t, 125));
        assertEquals(1.0, DerivedMetrics.objectiveScore(t, 250));
        assertEquals(0.0, DerivedMetrics.objectiveScore(objective("e", "E", "x", true, 1, 1), 5));
    }

    @Test
    void laterFormulasUseEarlierOnesAndFailuresGiveZero() {
        DerivedMetric hidden = new DerivedMetric(DerivedMetric.Kind.USER_VAR, "sum", "Sum", "c0 + c1", false, false,
                0, 0, 0, 0, 0);
        List<DerivedMetric> ms = List.of(hidden, userVar("half", "Half", "sum / 2"),
                userVar("bad", "Bad", "nothere * 2"), userVar("syntax", "Syntax", "c0 +"),
                userVar("big", "Big", "Math.max(c0, c1, half)"));
        DerivedMetrics d = new DerivedMetrics(ms);
        assertEquals(List.of("half: Half", "bad: Bad", "syntax: Syntax", "big: Big"), d.headers());
        assertEquals(List.of(3.0, 0.0, 0.0, 4.0), d.cells(List.of(2.0, 4.0)));
    }
}
