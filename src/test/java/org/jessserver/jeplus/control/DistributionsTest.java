package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class DistributionsTest {

    private static Distribution dist(ParamType type, String args) {
        return Distributions.parse("P3", type, args).distribution();
    }

    private static String refusal(ParamType type, String args) {
        return assertThrows(InvalidRequestException.class, () -> Distributions.parse("P3", type, args)).getMessage();
    }

    @Test
    void namesAreCaseInsensitiveAndArgumentsSplitOnCommasOrSemicolons() {
        for (String args : List.of("uniform,0,1,4", "U; 0; 1; 4", "Gaussian, 0, 1, 4", "normal,0,1,4", "N,0,1,4",
                "LogNormal,0,1,4", "ln,0,1,4", "exponential,2,4", "E;2;4", "triangular,0,1,2,4", "TR,0,1,2,4",
                "discrete,a,1,b,2,4", "D,a,1,b,2,4")) {
            assertEquals(4, Distributions.parse("P3", ParamType.DOUBLE, args).n(), args);
        }
    }

    @Test
    void badArgumentsAreRefusedNamingTheParameter() {
        assertEquals("Parameter P3: unknown @sample distribution 'beta'", refusal(ParamType.DOUBLE, "beta,1,2,3"));
        assertTrue(refusal(ParamType.DOUBLE, "uniform,0,1").contains("takes uniform(lb, ub, n)"));
        assertTrue(refusal(ParamType.DOUBLE, "uniform,0,1,0").contains("positive whole number"));
        assertTrue(refusal(ParamType.DOUBLE, "uniform,0,x,3").contains("'x' is not a number"));
        assertTrue(refusal(ParamType.DOUBLE, "uniform,2,1,3").contains("lb <= ub"));
        assertTrue(refusal(ParamType.DOUBLE, "normal,0,0,3").contains("sd > 0"));
        assertTrue(refusal(ParamType.DOUBLE, "triangular,0,3,2,3").contains("a <= mode <= b"));
        assertTrue(refusal(ParamType.DOUBLE, "discrete,a,1,b,3").contains("pairs of option and weight"));
        assertEquals("Parameter P3: the DISCRETE type supports only the discrete distribution in @sample",
                refusal(ParamType.DISCRETE, "uniform,0,1,3"));
    }

    @Test
    void doubleValuesUseDoubleToStringAndIntegerValuesAreWhole() {
        Random rng = new Random(7);
        String d = dist(ParamType.DOUBLE, "normal, 10, 2, 1").draw(rng);
        assertEquals(Double.toString(Double.parseDouble(d)), d);
        for (int i = 0; i < 200; i++) {
            String v = dist(ParamType.INTEGER, "normal, 10, 2, 1").draw(rng);
            assertTrue(v.matches("-?\\d+"), v);
        }
    }

    @Test
    void integerUniformDrawsEveryWholeNumberOfTheClosedInterval() {
        Distribution u = dist(ParamType.INTEGER, "uniform, 1, 3, 1");
        Set<String> seen = new HashSet<>();
        Random rng = new Random(3);
        for (int i = 0; i < 300; i++) {
            seen.add(u.draw(rng));
        }
        assertEquals(Set.of("1", "2", "3"), seen);
    }

    @Test
    void sameSeedGivesTheSameDraws() {
        Distribution d = dist(ParamType.DOUBLE, "lognormal, 0, 0.5, 1");
        assertEquals(draws(d, new Random(99)), draws(d, new Random(99)));
        assertNotEquals(draws(d, new Random(99)), draws(d, new Random(100)));
    }

    private static List<String> draws(Distribution d, Random rng) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            out.add(d.draw(rng));
            out.add(d.drawInStratum(s, 10, rng));
        }
        return out;
    }

    @Test
    void continuousStrataDrawBetweenTheirQuantiles() {
        Random rng = new Random(11);
        for (String args : List.of("uniform,-5,5,1", "normal,20,3,1", "lognormal,1,0.4,1", "exponential,2,1",
                "triangular,0,1,4,1")) {
            Distributions.Continuous d = (Distributions.Continuous) dist(ParamType.DOUBLE, args);
            for (int n : List.of(1, 2, 7, 50)) {
                for (int s = 0; s < n; s++) {
                    double[] p = d.bounds(s, n);
                    double low = d.quantile(p[0]);
                    double high = d.quantile(p[1]);
                    for (int k = 0; k < 5; k++) {
                        double v = Double.parseDouble(d.drawInStratum(s, n, rng));
                        assertTrue(low <= v && v <= high, args + " s=" + s + " n=" + n + ": " + v);
                    }
                }
            }
        }
    }

    @Test
    void unboundedDistributionsCutTheirTailsAsSpecified() {
        assertEquals(0.01, Distributions.tailCutBounds(0, 10)[0], 1e-12);
        assertEquals(0.1, Distributions.tailCutBounds(0, 10)[1], 1e-12);
        assertEquals(0.5, Distributions.tailCutBounds(5, 10)[0], 1e-12);
        assertEquals(0.99, Distributions.tailCutBounds(9, 10)[1], 1e-12);
    }

    @Test
    void boundedStrataPartitionTheWholeRange() {
        Distributions.Continuous u = (Distributions.Continuous) dist(ParamType.DOUBLE, "uniform,0,10,1");
        Random rng = new Random(5);
        for (int s = 0; s < 5; s++) {
            double v = Double.parseDouble(u.drawInStratum(s, 5, rng));
            assertTrue(2 * s <= v && v < 2 * s + 2, s + ": " + v);
        }
    }

    @Test
    void integerUniformStrataFloorOverTheIntervalPlusOne() {
        Distribution u = dist(ParamType.INTEGER, "uniform,1,4,1");
        Random rng = new Random(5);
        for (int s = 0; s < 4; s++) {
            assertEquals(Integer.toString(s + 1), u.drawInStratum(s, 4, rng));
        }
    }

    @Test
    void integerStrataRound() {
        Distribution n = dist(ParamType.INTEGER, "normal,100,10,1");
        Random rng = new Random(5);
        for (int s = 0; s < 8; s++) {
            assertTrue(n.drawInStratum(s, 8, rng).matches("\\d+"));
        }
    }

    @Test
    void discreteStrataFollowTheCumulativeWeights() {
        Distribution d = dist(ParamType.DISCRETE, "discrete, a, 1, b, 3, 1");
        assertInstanceOf(Distributions.Discrete.class, d);
        Random rng = new Random(5);
        List<String> strata = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            strata.add(d.drawInStratum(s, 4, rng));
        }
        assertEquals(List.of("a", "b", "b", "b"), strata);
    }

    @Test
    void anUnparsableDiscreteWeightCountsAsOneTenth() {
        Distribution d = dist(ParamType.DISCRETE, "d, a, x, b, 0.1, 1");
        Random rng = new Random(5);
        assertEquals("a", d.drawInStratum(0, 2, rng));
        assertEquals("b", d.drawInStratum(1, 2, rng));
    }

    @Test
    void aDiscreteOptionOfWeightZeroIsNeverDrawn() {
        Distribution d = dist(ParamType.DISCRETE, "d, a, 0, b, 1, 1");
        Random rng = new Random(5);
        for (int i = 0; i < 100; i++) {
            assertEquals("b", d.draw(rng));
        }
    }
}
