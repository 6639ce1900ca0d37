package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser of {@link Formula}'s ECMAScript subset into a tree of evaluation nodes, with JS
 * precedence: {@code ?:}, {@code ||}, {@code &&}, equality, relational, additive, multiplicative, unary.
 */
final class FormulaParser {

    /** Keeps the recursion far from the thread's stack limit whatever the input. */
    static final int MAX_NESTING = 200;

    /** One evaluation step of a parsed formula. */
    @FunctionalInterface
    interface Node {
        Object eval(Map<String, ?> variables) throws FormulaException;
    }

    private final FormulaScanner in;
    private int depth;
    private boolean integerLiteralsOnly = true;

    FormulaParser(String src) {
        this.in = new FormulaScanner(src);
    }

    boolean integerLiteralsOnly() {
        return integerLiteralsOnly;
    }

    Node parseAll() throws FormulaException {
        if (in.atEnd()) {
            throw error("Empty formula");
        }
        Node n = ternary();
        if (!in.atEnd()) {
            throw error("Unexpected '" + in.peek() + "'");
        }
        return n;
    }

    private Node ternary() throws FormulaException {
        enter();
        Node cond = or();
        Node result = cond;
        if (eat("?")) {
            Node yes = ternary();
            expect(":");
            Node no = ternary();
            result = v -> JsValues.toBoolean(cond.eval(v)) ? yes.eval(v) : no.eval(v);
        }
        depth--;
        return result;
    }

    /** A binary operator on evaluated operands. */
    @FunctionalInterface
    private interface Operator {
        Object apply(Object a, Object b);
    }

    /** One level of left-associative operators, each with its text and meaning; longer texts come first. */
    private record Level(List<String> texts, List<Operator> operators) {
    }

    private static final List<Level> LEVELS = List.of(
            new Level(List.of("===", "!==", "==", "!="), List.of(
                    JsValues::strictEquals,
                    (a, b) -> !JsValues.strictEquals(a, b),
                    JsValues::looseEquals,
                    (a, b) -> !JsValues.looseEquals(a, b))),
            new Level(List.of("<=", ">=", "<", ">"), List.of(
                    (a, b) -> JsValues.lessThan(a, b, true),
                    (a, b) -> JsValues.lessThan(b, a, true),
                    (a, b) -> JsValues.lessThan(a, b, false),
                    (a, b) -> JsValues.lessThan(b, a, false))),
            new Level(List.of("+", "-"), List.of(
                    FormulaParser::plus,
                    (a, b) -> JsValues.toNumber(a) - JsValues.toNumber(b))),
            // Java's % on doubles is C's fmod, which is what ECMAScript specifies
            new Level(List.of("*", "/", "%"), List.of(
                    (a, b) -> JsValues.toNumber(a) * JsValues.toNumber(b),
                    (a, b) -> JsValues.toNumber(a) / JsValues.toNumber(b),
                    (a, b) -> JsValues.toNumber(a) % JsValues.toNumber(b))));

    private Node or() throws FormulaException {
        return logical("||", true);
    }

    private Node and() throws FormulaException {
        return logical("&&", false);
    }

    /**
     * A chain of {@code ||} (or {@code &&}) operands, evaluated in a loop rather than as a nested tree so that a
     * long chain needs no deep stack; the first operand that decides the result is the result, as in JS.
     */
    private Node logical(String token, boolean or) throws FormulaException {
        List<Node> operands = new ArrayList<>();
        operands.add(or ? and() : binary(0));
        while (eat(token)) {
            operands.add(or ? and() : binary(0));
        }
        if (operands.size() == 1) {
            return operands.get(0);
        }
        return v -> {
            Object value = null;
            for (Node n : operands) {
                value = n.eval(v);
                if (JsValues.toBoolean(value) == or) {
                    return value;
                }
            }
            return value;
        };
    }

    /** Level {@code level} of {@link #LEVELS} and those binding tighter; a chain is evaluated in a loop. */
    private Node binary(int level) throws FormulaException {
        if (level == LEVELS.size()) {
            return unary();
        }
        Level ops = LEVELS.get(level);
        Node first = binary(level + 1);
        List<Operator> operators = new ArrayList<>();
        List<Node> operands = new ArrayList<>();
        for (int i = operator(ops); i >= 0; i = operator(ops)) {
            operators.add(ops.operators().get(i));
            operands.add(binary(level + 1));
        }
        if (operators.isEmpty()) {
            return first;
        }
        return v -> {
            Object value = first.eval(v);
            for (int i = 0; i < operators.size(); i++) {
                value = operators.get(i).apply(value, operands.get(i).eval(v));
            }
            return value;
        };
    }

    /** The index of the operator of {@code level} that comes next, consumed, or -1. */
    private int operator(Level level) {
        for (int i = 0; i < level.texts().size(); i++) {
            if (eat(level.texts().get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Object plus(Object a, Object b) {
        if (a instanceof String || b instanceof String) {
            return JsValues.toText(a) + JsValues.toText(b);
        }
        return JsValues.toNumber(a) + JsValues.toNumber(b);
    }

    private Node unary() throws FormulaException {
        enter();
        Node n;
        if (eat("-")) {
            Node x = unary();
            n = v -> -JsValues.toNumber(x.eval(v));
        } else if (eat("+")) {
            Node x = unary();
            n = v -> JsValues.toNumber(x.eval(v));
        } else if (peekNot()) {
            eat("!");
            Node x = unary();
            n = v -> !JsValues.toBoolean(x.eval(v));
        } else {
            n = primary();
        }
        depth--;
        return n;
    }

    /** A '!' that is not the start of '!=' (which cannot begin an operand anyway). */
    private boolean peekNot() {
        return in.startsWith("!") && !in.startsWith("!=");
    }

    private Node primary() throws FormulaException {
        if (in.atEnd()) {
            throw error("Formula ends where a value is expected");
        }
        char c = in.peek();
        if (eat("(")) {
            Node inner = ternary();
            expect(")");
            return inner;
        }
        if (in.atNumber()) {
            FormulaScanner.NumberLiteral number = in.number();
            integerLiteralsOnly &= number.integer();
            Double value = number.value();
            return v -> value;
        }
        if (c == '"' || c == '\'') {
            integerLiteralsOnly = false;
            String s = in.string(c);
            return v -> s;
        }
        if (FormulaScanner.isIdentStart(c)) {
            integerLiteralsOnly = false;
            return identifier();
        }
        throw error("Unexpected '" + c + "'");
    }

    private Node identifier() throws FormulaException {
        int start = in.pos();
        String name = in.ident();
        if (name.equals("Math") && eat(".")) {
            in.skipSpace();
            int memberAt = in.pos();
            String member = in.ident();
            if (eat("(")) {
                return call(member, memberAt, arguments());
            }
            Double constant = FormulaMath.constant(member);
            if (constant == null) {
                throw in.errorAt(memberAt, "Unknown constant Math." + member);
            }
            return v -> constant;
        }
        if (in.startsWith("(") || in.startsWith(".")) {
            throw in.errorAt(start, "Unknown function or object " + name + " (only Math. functions are allowed)");
        }
        return switch (name) {
            case "true" -> v -> Boolean.TRUE;
            case "false" -> v -> Boolean.FALSE;
            case "NaN" -> v -> Double.NaN;
            case "Infinity" -> v -> Double.POSITIVE_INFINITY;
            default -> v -> variable(v, name);
        };
    }

    private static Object variable(Map<String, ?> variables, String name) throws FormulaException {
        if (!variables.containsKey(name)) {
            throw new FormulaException("Unknown variable " + name);
        }
        Object value = variables.get(name);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        throw new FormulaException("Variable " + name + " has no usable value");
    }

    private Node call(String function, int at, List<Node> args) throws FormulaException {
        if (!FormulaMath.isFunction(function)) {
            throw in.errorAt(at, "Unknown function Math." + function);
        }
        return v -> {
            List<Object> values = Formula.values(args, v);
            double[] numbers = new double[values.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = JsValues.toNumber(values.get(i));
            }
            return FormulaMath.apply(function, numbers);
        };
    }

    private List<Node> arguments() throws FormulaException {
        List<Node> args = new ArrayList<>();
        if (eat(")")) {
            return args;
        }
        do {
            args.add(ternary());
        } while (eat(","));
        expect(")");
        return args;
    }

    private void enter() throws FormulaException {
        if (++depth > MAX_NESTING) {
            throw error("Formula is nested more than " + MAX_NESTING + " levels deep");
        }
    }

    private boolean eat(String token) {
        return in.eat(token);
    }

    private void expect(String token) throws FormulaException {
        in.expect(token);
    }

    private FormulaException error(String message) {
        return in.errorAt(in.pos(), message);
    }
}
