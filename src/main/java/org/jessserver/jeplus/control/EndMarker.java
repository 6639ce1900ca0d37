package org.jessserver.jeplus.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's {@code eplusout.end} as a {@code RunTimes.csv} row (jeplus.md §8.4): the message before {@code --}, the
 * warning and severe error counts, and the elapsed hours, minutes and seconds (seconds as written: {@code 2.10}).
 * A part the line lacks is empty.
 */
public record EndMarker(String message, String warnings, String errors, String hours, String minutes,
        String seconds) {

    public static final String FILE = "eplusout.end";

    /** The RunTimes.csv header after {@code #,Job_ID}. */
    public static final List<String> HEADER = List.of("Message", "Warnings", "Errors", "Hours", "Minutes", "Seconds");

    private static final Pattern WARNINGS = Pattern.compile("(\\d+)\\s*Warning");
    private static final Pattern ERRORS = Pattern.compile("(\\d+)\\s*Severe Error");
    private static final Pattern HOURS = Pattern.compile("(\\d+)\\s*hr");
    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*min");
    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d*)?)\\s*sec");

    /** The case folder's end marker; empty when the file does not exist (the case gets no row). */
    public static Optional<EndMarker> read(Path caseFolder) {
        try {
            return Optional.of(parse(Files.readString(caseFolder.resolve(FILE), StandardCharsets.ISO_8859_1)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + caseFolder.resolve(FILE), e);
        }
    }

    /** Reads the first non-blank line of the marker's text. */
    public static EndMarker parse(String text) {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").trim();
        int dashes = line.indexOf("--");
        String message = (dashes < 0 ? line : line.substring(0, dashes)).trim();
        String rest = dashes < 0 ? "" : line.substring(dashes + 2);
        int elapsed = rest.indexOf("Elapsed Time");
        String time = elapsed < 0 ? "" : rest.substring(elapsed);
        return new EndMarker(message, number(WARNINGS, rest), number(ERRORS, rest), number(HOURS, time),
                number(MINUTES, time), first(SECONDS, time));
    }

    /** The fields in header order. */
    public List<String> fields() {
        return List.of(message, warnings, errors, hours, minutes, seconds);
    }

    // counts and hours print as integers ("00hr" gives 0), as jEPlus parses them
    private static String number(Pattern p, String s) {
        String digits = first(p, s);
        return digits.isEmpty() ? "" : new java.math.BigInteger(digits).toString();
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : "";
    }
}
