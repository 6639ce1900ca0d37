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
    private final int[][] columns;
    private final long valueSeed;

    LatinHypercube(Project project, int n, long seed) {
        if (n <= 0) {
            throw new IllegalArgumentException("LHS size " + n + " is not positive");
        }
        this.project = project;
        this.n = n;
        List<Parameter> parameters = project.parameters();
        columns = new int[2 + parameters.size()][];
        Random rng = new Random(seed);
        // draws first, column by column, then one shuffle per column in the same order (§6.2)
        columns[0] = discrete(project.weathers().size(), rng);
        columns[1] = discrete(project.templates().size(), rng);
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            columns[2 + p] = parameter.sample() != null ? IntStream.range(0, n).toArray()
                    : discrete(parameter.isFormula() ? 1 : parameter.values().size(), rng);
        }
        for (int[] column : columns) {
            if (column != null) {
                shuffle(column, rng);
            }
        }
        valueSeed = rng.nextLong();
    }

    /** One option per stratum: u uniform in [s/n, (s+1)/n), option floor(u·K); no draw and no column when K = 1. */
    private int[] discrete(int options, Random rng) {
        if (options <= 1) {
            return null;
        }
        int[] column = new int[n];
        for (int s = 0; s < n; s++) {
            double u = (s + rng.nextDouble()) / n;
            column[s] = Math.min(options - 1, (int) Math.floor(u * options));
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
        // one generator per stream, so every stream draws the same @sample values in row order
        Random values = new Random(valueSeed);
        return IntStream.range(0, n).mapToObj(s -> row(s, values));
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
                perParameter.add(parameter.values().get(column == null ? 0 : column[s]));
            }
        }
        return new JeplusCase(String.format("LHS-%06d", s), project.weathers().get(at(0, s)),
                project.templates().get(at(1, s)), CaseSpace.spread(parameters, perParameter));
    }

    private int at(int column, int s) {
        return columns[column] == null ? 0 : columns[column][s];
    }
}
