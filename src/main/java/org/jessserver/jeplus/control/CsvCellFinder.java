package org.jessserver.jeplus.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the cell a {@code csvs} item selects in a case's CSV report, with jEPlus's forward-moving scan (jeplus.md §8.2). */
public final class CsvCellFinder {

    /** The result of a failed selection. */
    public static final String NOT_FOUND = "-";

    private final List<String[]> rows;

    private CsvCellFinder(List<String[]> rows) {
        this.rows = rows;
    }

    /** The report's rows as jEPlus splits them; empty when the file does not exist (its items get no row). */
    public static Optional<CsvCellFinder> read(Path file) {
        // a malformed byte becomes U+FFFD instead of failing the whole case: names compared are ASCII
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return Optional.of(new CsvCellFinder(rows));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The finder over lines of text, blank ones dropped. */
    public static CsvCellFinder of(List<String> lines) {
        return new CsvCellFinder(lines.stream().filter(l -> !l.isBlank()).map(CsvCellFinder::split).toList());
    }

    /** Splits at every comma with no quote handling, every cell trimmed (§11 q11). */
    static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    /** The text of the cell the item selects, or {@code -} when any step fails. */
    public String find(CsvItem item) {
        int at = 0;
        if (isSet(item.fromReport())) {
            at = after(at, r -> r.length >= 2 && same(r[0], "REPORT:") && same(r[1], item.fromReport()));
        }
        if (at >= 0 && isSet(item.fromFor())) {
            at = after(at, r -> r.length >= 2 && same(r[0], "FOR:") && same(r[1], item.fromFor()));
        }
        if (at >= 0 && isSet(item.fromTable())) {
            at = after(at, r -> r.length >= 1 && same(r[0], item.fromTable()));
        }
        if (at < 0) {
            return NOT_FOUND;
        }
        return cellBelowColumn(at, text(item.fromColumn()), text(item.fromRow()));
    }

    private String cellBelowColumn(int from, String column, String row) {
        for (int i = from; i < rows.size(); i++) {
            int c = lastIndexOf(rows.get(i), column);
            if (c >= 0) {
                for (int j = i + 1; j < rows.size(); j++) {
                    String[] r = rows.get(j);
                    if (r.length >= 3 && r.length > c && same(r[1], row)) {
                        return r[c];
                    }
                }
                return NOT_FOUND;
            }
        }
        return NOT_FOUND;
    }

    /** The index after the first row from {@code from} that matches, or -1. */
    private int after(int from, java.util.function.Predicate<String[]> match) {
        for (int i = from; i < rows.size(); i++) {
            if (match.test(rows.get(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lastIndexOf(String[] row, String cell) {
        for (int c = row.length - 1; c >= 0; c--) {
            if (same(row[c], cell)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean same(String cell, String wanted) {
        return cell.equalsIgnoreCase(text(wanted));
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }

    private static String text(String s) {
        return s == null ? "" : s.trim();
    }
}
