package org.jessserver.jeplus.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An LHS sample of n cases (jeplus.md §6.2): per column (weather, template, each parameter) one draw per stratum,
 * then each column permuted on its own; case s takes row s. Holds only an int per case and column; an
 * {@code @sample} column keeps its permuted strata and draws its values as the cases stream.
 */
final class LatinHypercube implements CaseSource {

    private final Project project;
    private final int n;
    /** Per column, the option index (discrete) or the stratum (@sample) of each row; null for a constant column. */
    private final long seed;
    private final boolean honourFixed;
    /** Per column, the option index (discrete) or the stratum (@sample) of each row; null for a constant column. */
    private int[][] columns;
    /** Per column, the option index every row takes when the column is constant (K = 1, @calc, a fixed value). */
    private int[] constants;
    private long valueSeed;

    /**
     * Nothing is drawn until the first stream, so the cap can refuse a huge n first. {@code honourFixed}: a
     * parameter's selectedAltValue k fixes its column to value k (jEPlus ignores it).
     */
    LatinHypercube(Project project, int n, long seed, boolean honourFixed) {
        if (n <= 0) {
            throw new IllegalArgumentException("LHS size " + n + " is not positive");
        }
        this.project = project;
        this.n = n;
        this.seed = seed;
        this.honourFixed = honourFixed;
    }

    private synchronized void draw() {
        if (columns != null) {
            return;
        }
        List<Parameter> parameters = project.parameters();
        int[][] drawn = new int[2 + parameters.size()][];
        constants = new int[drawn.length];
        Random rng = new Random(seed);
        // draws first, column by column, then one shuffle per column in the same order (§6.2)
        drawn[0] = discrete(project.weathers().size(), rng);
        drawn[1] = discrete(project.templates().size(), rng);
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            if (honourFixed && parameter.selected() > 0) {
                constants[2 + p] = parameter.selected() - 1;
            } else if (parameter.sample() != null) {
                drawn[2 + p] = IntStream.range(0, n).toArray();
            } else {
                drawn[2 + p] = discrete(parameter.isFormula() ? 1 : parameter.values().size(), rng);
            }
        }
        int[] constant = new int[n];
        for (int[] column : drawn) {
            // a constant column is shuffled too, as jEPlus shuffles every column: it keeps the draws in step
            shuffle(column != null ? column : constant, rng);
        }
        valueSeed = rng.nextLong();
        columns = drawn;
    }

    /**
     * One option per stratum s: a ball uniform in [s·0.1K/n, (s+1)·0.1K/n), option floor(ball / 0.1) clamped to
     * K-1 (§6.2's form of u in [s/n, (s+1)/n) and floor(u·K)); no draw and no column when K = 1.
     */
    private int[] discrete(int options, Random rng) {
        if (options <= 1) {
            return null;
        }
        double width = 0.1 * options / n;
        int[] column = new int[n];
        for (int s = 0; s < n; s++) {
            double ball = s * width + rng.nextDouble() * width;
            column[s] = Math.min(options - 1, (int) Math.floor(ball / 0.1));
        }
        return column;
    }

    /** The swap sequence {@code Collections.shuffle} documents for a random-access list, on an int array. */
    private static void shuffle(int[] column, Random rng) {
        for (int i = column.length; i > 1; i--) {
            int j = rng.nextInt(i);
            int t = column[i - 1];
            column[i - 1] = column[j];
            column[j] = t;
        }
    }

    @Override
    public BigInteger count() {
        return BigInteger.valueOf(n);
    }

    @Override
    public Stream<JeplusCase> stream() {
        draw();
        // one generator per stream, so every stream draws the same @sample values in row order (hence sequential)
        Random values = new Random(valueSeed);
        return IntStream.range(0, n).mapToObj(s -> row(s, values)).sequential();
    }

    private JeplusCase row(int s, Random values) {
        List<Parameter> parameters = project.parameters();
        List<String> perParameter = new ArrayList<>(parameters.size());
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            int[] column = columns[2 + p];
            if (parameter.sample() != null) {
                perParameter.add(parameter.sample().drawInStratum(column[s], n, values));
            } else {
                perParameter.add(parameter.values().get(column == null ? constants[2 + p] : column[s]));
            }
        }
        return new JeplusCase(String.format("LHS-%06d", s), project.weathers().get(at(0, s)),
                project.templates().get(at(1, s)), CaseSpace.spread(parameters, perParameter));
    }

    private int at(int column, int s) {
        return columns[column] == null ? constants[column] : columns[column][s];
    }
}
