package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.jessserver.platform.control.InvalidRequestException;

/**
 * The distributions of {@code @sample(...)} (jeplus.md §3.5, §6.2): parses the arguments, draws free values and
 * Latin-hypercube values per probability stratum, and formats them for the parameter's type. Written from the
 * specification, independently of jEPlus.
 */
public final class Distributions {

    private Distributions() {
    }

    /** A parsed {@code @sample}: its distribution and its own sample size n (the last argument). */
    public record Sample(Distribution distribution, int n) {
    }

    /** Parses the text between the parentheses of {@code @sample(...)} of parameter {@code id}. */
    public static Sample parse(String id, ParamType type, String arguments) {
        List<String> args = new ArrayList<>();
        for (String arg : arguments.split("[,;]", -1)) {
            args.add(arg.trim());
        }
        if (args.size() < 2) {
            throw refuse(id, "@sample needs a distribution, its arguments and n");
        }
        String name = args.get(0).toLowerCase(Locale.ROOT);
        int n = count(id, args.get(args.size() - 1));
        List<String> params = args.subList(1, args.size() - 1);
        if (type == ParamType.DISCRETE && !name.equals("discrete") && !name.equals("d")) {
            throw refuse(id, "the DISCRETE type supports only the discrete distribution in @sample");
        }
        Distribution distribution = switch (name) {
            case "uniform", "u" -> uniform(id, type, numbers(id, "uniform(lb, ub, n)", params, 2));
            case "gaussian", "normal", "n" -> normal(id, type, numbers(id, "normal(mean, sd, n)", params, 2));
            case "lognormal", "ln" -> lognormal(id, type, numbers(id, "lognormal(mu, sigma, n)", params, 2));
            case "exponential", "e" -> exponential(id, type, numbers(id, "exponential(mean, n)", params, 1));
            case "triangular", "tr" -> triangular(id, type, numbers(id, "triangular(a, mode, b, n)", params, 3));
            case "discrete", "d" -> discrete(id, params);
            default -> throw refuse(id, "unknown @sample distribution '" + args.get(0) + "'");
        };
        return new Sample(distribution, n);
    }

    private static int count(String id, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refuse(id, "@sample needs a positive whole number of values as its last argument, not '" + text + "'");
    }

    private static double[] numbers(String id, String form, List<String> params, int expected) {
        if (params.size() != expected) {
            throw refuse(id, "@sample takes " + form);
        }
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            try {
                values[i] = Double.parseDouble(params.get(i));
            } catch (NumberFormatException e) {
                throw refuse(id, "@sample " + form + ": '" + params.get(i) + "' is not a number");
            }
            if (!Double.isFinite(values[i])) {
                throw refuse(id, "@sample " + form + ": '" + params.get(i) + "' is not a finite number");
            }
        }
        return values;
    }

    private static Distribution uniform(String id, ParamType type, double[] a) {
        double lb = a[0];
        double ub = a[1];
        if (ub < lb) {
            throw refuse(id, "@sample uniform needs lb <= ub");
        }
        boolean integer = type == ParamType.INTEGER;
        // INTEGER draws over [lb, ub+1) and floors, so each whole number in [lb, ub] is equally likely
        double top = integer ? ub + 1 : ub;
        return new Continuous(type, p -> lb + p * (top - lb), true) {
            @Override
            String format(double x) {
                return integer ? Long.toString((long) Math.min(Math.floor(x), ub)) : Double.toString(x);
            }
        };
    }

    private static Distribution normal(String id, ParamType type, double[] a) {
        if (!(a[1] > 0)) {
            throw refuse(id, "@sample normal needs sd > 0");
        }
        NormalDistribution d = new NormalDistribution(null, a[0], a[1]);
        return new Continuous(type, d::inverseCumulativeProbability, false);
    }

    private static Distribution lognormal(String id, ParamType type, double[] a) {
        if (!(a[1] > 0)) {
            throw refuse(id, "@sample lognormal needs sigma > 0");
        }
        LogNormalDistribution d = new LogNormalDistribution(null, a[0], a[1]);
        return new Continuous(type, d::inverseCumulativeProbability, false);
    }

    private static Distribution exponential(String id, ParamType type, double[] a) {
        if (!(a[0] > 0)) {
            throw refuse(id, "@sample exponential needs mean > 0");
        }
        ExponentialDistribution d = new ExponentialDistribution(null, a[0]);
        return new Continuous(type, d::inverseCumulativeProbability, false);
    }

    private static Distribution triangular(String id, ParamType type, double[] a) {
        if (!(a[0] <= a[1] && a[1] <= a[2] && a[0] < a[2])) {
            throw refuse(id, "@sample triangular needs a <= mode <= b and a < b");
        }
        TriangularDistribution d = new TriangularDistribution(null, a[0], a[1], a[2]);
        return new Continuous(type, d::inverseCumulativeProbability, true);
    }

    private static Distribution discrete(String id, List<String> params) {
        if (params.isEmpty() || params.size() % 2 != 0) {
            throw refuse(id, "@sample discrete takes pairs of option and weight, then n");
        }
        List<String> options = new ArrayList<>();
        double[] cumulative = new double[params.size() / 2];
        double total = 0;
        for (int i = 0; i < params.size(); i += 2) {
            options.add(params.get(i));
            total += weight(id, params.get(i + 1));
            cumulative[i / 2] = total;
        }
        if (!(total > 0)) {
            throw refuse(id, "@sample discrete needs a positive total weight");
        }
        return new Discrete(List.copyOf(options), cumulative);
    }

    private static double weight(String id, String text) {
        double w;
        try {
            w = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0.1; // jEPlus counts an unparsable weight as 0.1 (§3.5)
        }
        if (!(w >= 0) || Double.isInfinite(w)) {
            throw refuse(id, "@sample discrete weights must not be negative: '" + text + "'");
        }
        return w;
    }

    /** The probability bounds of stratum s of n (§6.2); the open tails are cut at 1/(10n) and 1-1/n². */
    static double[] tailCutBounds(int s, int n) {
        if (n == 1) {
            // 1-1/n² would be 0 for a single stratum: cut both tails alike instead (the spec is silent here)
            return new double[] {0.1, 0.9};
        }
        double low = s == 0 ? 1.0 / (10.0 * n) : (double) s / n;
        double high = s == n - 1 ? 1 - 1.0 / ((double) n * n) : (double) (s + 1) / n;
        return new double[] {low, high};
    }

    private static void checkStratum(int s, int n) {
        if (n < 1 || s < 0 || s >= n) {
            throw new IllegalArgumentException("stratum " + s + " of " + n);
        }
    }

    private static InvalidRequestException refuse(String id, String message) {
        return new InvalidRequestException("Parameter " + id + ": " + message);
    }

    /**
     * A continuous distribution given by its inverse CDF. Bounded ones (uniform, triangular) stratify over the
     * whole [0, 1]; unbounded ones cut their tails (§6.2). A value is drawn uniformly in value space between the
     * stratum's two quantiles.
     */
    static class Continuous implements Distribution {
        private final ParamType type;
        private final DoubleUnaryOperator quantile;
        private final boolean bounded;

        Continuous(ParamType type, DoubleUnaryOperator quantile, boolean bounded) {
            this.type = type;
            this.quantile = quantile;
            this.bounded = bounded;
        }

        @Override
        public String draw(Random rng) {
            double p;
            do {
                p = rng.nextDouble();
            } while (!bounded && p == 0); // the quantile of 0 is -infinity for an unbounded distribution
            return format(quantile.applyAsDouble(p));
        }

        @Override
        public String drawInStratum(int s, int n, Random rng) {
            checkStratum(s, n);
            double[] bounds = bounds(s, n);
            double low = quantile.applyAsDouble(bounds[0]);
            double high = quantile.applyAsDouble(bounds[1]);
            return format(low + rng.nextDouble() * (high - low));
        }

        /** The probability bounds of stratum s of n, as this distribution uses them. */
        double[] bounds(int s, int n) {
            return bounded ? new double[] {(double) s / n, (double) (s + 1) / n} : tailCutBounds(s, n);
        }

        double quantile(double p) {
            return quantile.applyAsDouble(p);
        }

        String format(double x) {
            return type == ParamType.INTEGER ? Long.toString(Math.round(x)) : Double.toString(x);
        }
    }

    /** Options with cumulative weights; a point in [0, total) picks the option whose interval holds it. */
    record Discrete(List<String> options, double[] cumulative) implements Distribution {

        @Override
        public String draw(Random rng) {
            return pick(rng.nextDouble());
        }

        @Override
        public String drawInStratum(int s, int n, Random rng) {
            checkStratum(s, n);
            return pick((s + rng.nextDouble()) / n);
        }

        private String pick(double fraction) {
            double point = fraction * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (point < cumulative[i]) {
                    return options.get(i);
                }
            }
            return options.get(options.size() - 1);
        }
    }
}
