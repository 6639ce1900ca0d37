package org.jessserver.dispatch.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line into words as sh would (blanks separate; '...' literal; "..." with \" \\ \$ \` escapes; \ outside
 * quotes), without running anything: no expansion of variables, globs or commands, which stay literal text.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in: " + line);
                }
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, w);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    if (next != '\n') {
                        w.append(next);
                        inWord = true;
                    }
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return List.copyOf(words);
    }

    /** Appends the double-quoted text from {@code from} and returns the index of its closing quote. */
    private static int doubleQuoted(String line, int from, StringBuilder w) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`\n".indexOf(line.charAt(i + 1)) >= 0) {
                char next = line.charAt(++i);
                if (next != '\n') {
                    w.append(next);
                }
            } else {
                w.append(c);
            }
        }
        throw new IllegalArgumentException("unclosed \" in: " + line);
    }
}
