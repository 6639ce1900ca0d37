package org.jessserver.jeplus.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Brings a case's {@code Schedule:File} inputs into its folder (jeplus.md §5.4): each object's file-name field (the
 * third after the keyword) is resolved against the template folder, the file is copied beside {@code in.idf} and
 * the field becomes the bare name. The run happens in the case folder, so the model then finds its inputs there.
 */
final class ScheduleFiles {

    private static final String KEYWORD = "Schedule:File";
    private static final int FILE_NAME_FIELD = 3;

    private ScheduleFiles() {
    }

    /** Rewrites {@code <caseDir>/in.idf} in place when it has {@code Schedule:File} objects. */
    static void localise(Path caseDir, Path idfDir, Path root) throws IOException, CasePreparationException {
        Path idf = caseDir.resolve(ModelWriter.IDF);
        ModelText model = ModelText.read(idf);
        String text = model.text();
        StringBuilder out = new StringBuilder(text.length());
        Map<String, Path> copied = new HashMap<>();
        int done = 0;
        for (int at = nextObject(text, 0); at >= 0; at = nextObject(text, at + KEYWORD.length())) {
            int[] field = fileNameField(text, at + KEYWORD.length());
            if (field == null) {
                continue;
            }
            String name = text.substring(field[0], field[1]);
            String bare = copy(name, idfDir, root, caseDir, copied);
            out.append(text, done, field[0]).append(bare);
            done = field[1];
        }
        if (done > 0) {
            out.append(text.substring(done));
            model.with(out.toString()).write(idf);
        }
    }

    private static String copy(String name, Path idfDir, Path root, Path caseDir, Map<String, Path> copied)
            throws IOException, CasePreparationException {
        Path source = idfDir.resolve(name).normalize();
        ModelWriter.requireInside(source, root, KEYWORD + " " + name);
        Path fileName = source.getFileName();
        if (fileName == null) {
            throw new CasePreparationException(KEYWORD + " names no file: " + name);
        }
        String bare = fileName.toString();
        Path earlier = copied.putIfAbsent(bare, source);
        if (earlier != null && !earlier.equals(source)) {
            throw new CasePreparationException(KEYWORD + " inputs " + earlier + " and " + source
                    + " would both be copied as " + bare);
        }
        if (earlier == null) {
            try {
                Files.copy(source, caseDir.resolve(bare), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new CasePreparationException("Cannot copy the " + KEYWORD + " input " + source + ": " + e, e);
            }
        }
        return bare;
    }

    /** The next {@code Schedule:File,} that starts a line (after blanks), case-insensitive, from {@code from}. */
    private static int nextObject(String text, int from) {
        for (int i = from; i <= text.length() - KEYWORD.length(); i++) {
            if (text.regionMatches(true, i, KEYWORD, 0, KEYWORD.length()) && startsLine(text, i)
                    && followedByComma(text, i + KEYWORD.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A comma after blanks: "Schedule:File:Shading" or "Schedule:FileX" are other objects. */
    private static boolean followedByComma(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    /**
     * The start and end of the trimmed file-name field of the object whose keyword ends at {@code at}, skipping
     * {@code !} comments; null when the object ends (';') before it or the field is empty.
     */
    private static int[] fileNameField(String text, int at) {
        int commas = 0;
        int start = -1;
        int end = -1;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n' && text.charAt(i + 1) != '\r') {
                    i++;
                }
            } else if (c == ',' || c == ';') {
                if (commas == FILE_NAME_FIELD) {
                    break;
                }
                if (c == ';') {
                    return null;
                }
                commas++;
            } else if (commas == FILE_NAME_FIELD && !Character.isWhitespace(c)) {
                start = start < 0 ? i : start;
                end = i + 1;
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }
}
