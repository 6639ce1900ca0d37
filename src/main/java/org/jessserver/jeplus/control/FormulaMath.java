package org.jessserver.jeplus.control;

import java.util.Map;
import java.util.Set;

/** The {@code Math} object of a {@link Formula}: ECMAScript's functions and constants, without {@code random}. */
final class FormulaMath {

    private static final Map<String, Double> CONSTANTS = Map.of("PI", Math.PI, "E", Math.E, "LN2", Math.log(2),
            "LN10", Math.log(10), "LOG2E", 1 / Math.log(2), "LOG10E", 1 / Math.log(10), "SQRT2", Math.sqrt(2),
            "SQRT1_2", Math.sqrt(0.5));

    private static final Set<String> FUNCTIONS = Set.of("abs", "ceil", "floor", "round", "max", "min", "pow", "sqrt",
            "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan", "atan2");

    private FormulaMath() {
    }

    static Double constant(String name) {
        return CONSTANTS.get(name);
    }

    static boolean isFunction(String name) {
        return FUNCTIONS.contains(name);
    }

    /** Applies a known function; a missing argument is JS's undefined, which converts to NaN. */
    static Double apply(String name, double[] args) {
        return switch (name) {
            case "max" -> extreme(args, true);
            case "min" -> extreme(args, false);
            case "pow" -> pow(arg(args, 0), arg(args, 1));
            case "atan2" -> Math.atan2(arg(args, 0), arg(args, 1));
            case "round" -> round(arg(args, 0));
            default -> unary(name, arg(args, 0));
        };
    }

    private static double unary(String name, double x) {
        return switch (name) {
            case "abs" -> Math.abs(x);
            case "ceil" -> Math.ceil(x);
            case "floor" -> Math.floor(x);
            case "sqrt" -> Math.sqrt(x);
            case "exp" -> Math.exp(x);
            case "log" -> Math.log(x);
            case "sin" -> Math.sin(x);
            case "cos" -> Math.cos(x);
            case "tan" -> Math.tan(x);
            case "asin" -> Math.asin(x);
            case "acos" -> Math.acos(x);
            case "atan" -> Math.atan(x);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static double arg(double[] args, int i) {
        return i < args.length ? args[i] : Double.NaN;
    }

    /** JS rounds halves up (towards +Infinity): round(-2.5) is -2, and 0.49999999999999994 stays 0. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double floor = Math.floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /** Java's pow gives 1 for (±1)^±Infinity and 1^NaN where ECMAScript gives NaN. */
    private static double pow(double x, double y) {
        if (Double.isNaN(y) || (Math.abs(x) == 1 && Double.isInfinite(y))) {
            return Double.NaN;
        }
        return Math.pow(x, y);
    }

    private static double extreme(double[] args, boolean max) {
        double result = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double a : args) {
            result = max ? Math.max(result, a) : Math.min(result, a);
        }
        return result;
    }
}
