package org.jessserver.jeplus.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The ECMAScript 5.1 conversions a {@link Formula} needs: ToNumber, ToString of numbers, ToBoolean, equality. */
final class JsValues {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]+");

    private JsValues() {
    }

    /** A string as JS reads it as a number ("" and blanks are 0, junk is NaN); null for a text that is no number. */
    static Double parseNumber(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0.0;
        }
        if (HEX.matcher(s).matches()) {
            return new BigDecimal(new java.math.BigInteger(s.substring(2), 16)).doubleValue();
        }
        return DECIMAL.matcher(s).matches() ? Double.valueOf(s) : null;
    }

    static double toNumber(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        Double parsed = parseNumber((String) value);
        return parsed == null ? Double.NaN : parsed;
    }

    static boolean toBoolean(Object value) {
        if (value instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return !((String) value).isEmpty();
    }

    static String toText(Object value) {
        return value instanceof Double d ? numberToText(d) : String.valueOf(value);
    }

    /** JS Number.prototype.toString: "1" not "1.0", "1e+21", "1e-7", "0.000001". */
    static String numberToText(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int k = digits.length();
        int n = k - bd.scale();
        String sign = x < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    /** The abstract equality comparison (==) for numbers, strings and booleans. */
    static boolean looseEquals(Object a, Object b) {
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        if (a instanceof Boolean ba && b instanceof Boolean bb) {
            return ba.equals(bb);
        }
        return toNumber(a) == toNumber(b);
    }

    /** The strict equality comparison (===): no conversion, NaN unequal to itself, 0 equal to -0. */
    static boolean strictEquals(Object a, Object b) {
        if (a instanceof Double da && b instanceof Double db) {
            return da.doubleValue() == db.doubleValue();
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** The relational comparison: strings compare by UTF-16 units when both are strings, otherwise as numbers. */
    static Boolean lessThan(Object a, Object b, boolean orEqual) {
        if (a instanceof String sa && b instanceof String sb) {
            int c = sa.compareTo(sb);
            return orEqual ? c <= 0 : c < 0;
        }
        double x = toNumber(a);
        double y = toNumber(b);
        return orEqual ? x <= y : x < y;
    }
}
