package org.jessserver.jeplus.control;

/** The lexical side of {@link FormulaParser}: a cursor over the formula that reads tokens and skips blanks. */
final class FormulaScanner {

    /** A number literal and whether it is an integer literal (no fraction, no exponent), which affects printing. */
    record NumberLiteral(Double value, boolean integer) {
    }

    private final String src;
    private int pos;

    FormulaScanner(String src) {
        this.src = src;
    }

    int pos() {
        return pos;
    }

    /** True at the end, after blanks. */
    boolean atEnd() {
        skipSpace();
        return pos >= src.length();
    }

    /** The next character, after blanks; call only when not {@link #atEnd()}. */
    char peek() {
        skipSpace();
        return src.charAt(pos);
    }

    boolean startsWith(String token) {
        skipSpace();
        return src.startsWith(token, pos);
    }

    boolean atNumber() {
        skipSpace();
        return pos < src.length() && (Character.isDigit(src.charAt(pos))
                || (src.charAt(pos) == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))));
    }

    /** Consumes {@code token} if it comes next. Callers try longer operators first ("===" before "=="). */
    boolean eat(String token) {
        skipSpace();
        if (!src.startsWith(token, pos)) {
            return false;
        }
        pos += token.length();
        return true;
    }

    void expect(String token) throws FormulaException {
        if (!eat(token)) {
            throw errorAt(pos, pos < src.length() ? "Expected '" + token + "' but found '" + src.charAt(pos) + "'"
                    : "Expected '" + token + "' at the end");
        }
    }

    void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    NumberLiteral number() throws FormulaException {
        skipSpace();
        int start = pos;
        if (src.startsWith("0x", pos) || src.startsWith("0X", pos)) {
            pos += 2;
            while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
                pos++;
            }
            if (pos == start + 2) {
                throw errorAt(start, "Malformed number");
            }
            return new NumberLiteral(JsValues.parseNumber(src.substring(start, pos)), true);
        }
        boolean integer = true;
        digits();
        if (pos < src.length() && src.charAt(pos) == '.') {
            integer = false;
            pos++;
            digits();
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            integer = false;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            int expStart = pos;
            digits();
            if (pos == expStart) {
                throw errorAt(start, "Malformed number");
            }
        }
        if (pos < src.length() && isIdentStart(src.charAt(pos))) {
            throw errorAt(start, "Malformed number");
        }
        return new NumberLiteral(Double.valueOf(src.substring(start, pos)), integer);
    }

    private void digits() {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
    }

    /** A string literal opened by {@code quote} at the cursor, with JS escapes; it may not span lines. */
    String string(char quote) throws FormulaException {
        skipSpace();
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\' && pos < src.length()) {
                out.append(escape());
            } else {
                out.append(c);
            }
        }
        throw errorAt(start, "Unterminated string");
    }

    private char escape() throws FormulaException {
        char e = src.charAt(pos++);
        return switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> '\u000b';
            case '0' -> '\0';
            case 'u' -> hexChar(4);
            case 'x' -> hexChar(2);
            default -> e;
        };
    }

    private char hexChar(int length) throws FormulaException {
        if (pos + length > src.length()) {
            throw errorAt(pos, "Malformed escape");
        }
        try {
            char c = (char) Integer.parseInt(src.substring(pos, pos + length), 16);
            pos += length;
            return c;
        } catch (NumberFormatException e) {
            throw errorAt(pos, "Malformed escape");
        }
    }

    /** An identifier at the cursor, or "" when none starts there. */
    String ident() {
        skipSpace();
        int start = pos;
        if (pos < src.length() && isIdentStart(src.charAt(pos))) {
            while (pos < src.length() && (isIdentStart(src.charAt(pos)) || Character.isDigit(src.charAt(pos)))) {
                pos++;
            }
        }
        return src.substring(start, pos);
    }

    static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    FormulaException errorAt(int at, String message) {
        return new FormulaException(message + " at position " + (at + 1) + " of: " + src);
    }
}
