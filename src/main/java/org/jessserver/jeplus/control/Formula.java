package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A jEPlus formula (an ECMAScript 5.1 expression: literals, variables, arithmetic, comparisons, logic, {@code ?:}
 * and {@code Math.}) evaluated by our own interpreter rather than a script engine: formulas come from users, and an
 * engine would let them call Java or loop for ever. Parsing is one linear pass and the language has no loops, so
 * the work is bounded by the length cap.
 */
public final class Formula {

    /** Far above any real formula; with the nesting cap it bounds both work and stack depth. */
    public static final int MAX_LENGTH = 10_000;

    private final String text;
    private final FormulaParser.Node root;
    private final boolean integerLiteralsOnly;

    private Formula(String text, FormulaParser.Node root, boolean integerLiteralsOnly) {
        this.text = text;
        this.root = root;
        this.integerLiteralsOnly = integerLiteralsOnly;
    }

    /** Parses {@code text}; a syntax error, or a call of anything but a known {@code Math} function, is refused. */
    public static Formula parse(String text) throws FormulaException {
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException("Formula is longer than " + MAX_LENGTH + " characters");
        }
        FormulaParser parser = new FormulaParser(text);
        FormulaParser.Node root = parser.parseAll();
        return new Formula(text, root, parser.integerLiteralsOnly());
    }

    /** Parses and evaluates {@code text} and prints the result as jEPlus (Nashorn) does, see {@link #evaluateToText}. */
    public static String evaluate(String text, Map<String, ?> variables) throws FormulaException {
        return parse(text).evaluateToText(variables);
    }

    /**
     * The value: a {@link Double}, {@link String} or {@link Boolean}. Variables are bound by name to a number
     * (any {@link Number}), a string or a boolean; an unbound name is an error.
     */
    public Object evaluateToValue(Map<String, ?> variables) throws FormulaException {
        return root.eval(variables);
    }

    /**
     * The value as Nashorn prints it (jeplus.md §5.1 rule 3): a number by {@link Double#toString}, except that an
     * expression of integer literals only with an integral result in int range prints as an integer ({@code 4/2}
     * gives {@code 2}); a string as is; a boolean as true or false.
     */
    public String evaluateToText(Map<String, ?> variables) throws FormulaException {
        Object value = evaluateToValue(variables);
        if (value instanceof Double d) {
            double x = d;
            if (integerLiteralsOnly && x == Math.rint(x) && x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
                return Integer.toString((int) x);
            }
            return Double.toString(x);
        }
        return value.toString();
    }

    /** The value as a JS number (a string converts as JS does, so junk gives NaN). */
    public double evaluateToNumber(Map<String, ?> variables) throws FormulaException {
        return JsValues.toNumber(evaluateToValue(variables));
    }

    /** Variables the caller may bind as numbers: a value that is a JS numeric literal (decimal, exponent, hex). */
    public static boolean isNumeric(String value) {
        return !value.isBlank() && JsValues.parseNumber(value) != null;
    }

    static List<Object> values(List<FormulaParser.Node> nodes, Map<String, ?> variables) throws FormulaException {
        List<Object> out = new ArrayList<>(nodes.size());
        for (FormulaParser.Node n : nodes) {
            out.add(n.eval(variables));
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
