package org.jessserver.jeplus.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What {@code AllCombinedResults.csv} and {@code AllDerivedResults.csv} need of one case, kept compact because a job
 * may hold 100,000 cases: the case id, its SimJobIndex and RunTimes fields joined into one string, and its data
 * values as numbers with the missing ones marked (jeplus.md §8.5).
 */
final class CombinedRow {

    // a character no CSV cell, path or tag value of a case holds
    private static final char JOIN = '\u0000';

    private final String id;
    private final String fields;
    private final int runTimeFields;
    private final double[] values;
    private final BitSet missing;

    CombinedRow(String id, List<String> indexFields, List<String> runTimeFields, double[] values, BitSet missing) {
        this.id = id;
        List<String> all = new ArrayList<>(indexFields);
        all.addAll(runTimeFields);
        this.fields = String.join(String.valueOf(JOIN), all);
        this.runTimeFields = runTimeFields.size();
        this.values = values;
        this.missing = missing.isEmpty() ? null : missing;
    }

    String id() {
        return id;
    }

    /** True when the case has a row in at least one used-in-calc table. */
    boolean hasResults() {
        return missing == null || missing.cardinality() < values.length;
    }

    /** The AllCombinedResults.csv row: index fields, run-time fields (empty when missing), then the values. */
    List<String> combined() {
        List<String> row = new ArrayList<>(Arrays.asList(fields.split(String.valueOf(JOIN), -1)));
        for (int i = runTimeFields; i < EndMarker.HEADER.size(); i++) {
            row.add("");
        }
        for (int k = 0; k < values.length; k++) {
            row.add(isMissing(k) ? "" : Double.toString(values[k]));
        }
        return row;
    }

    /** The values bound to c0, c1, … for derived results: a missing value counts as 0, like a non-number. */
    List<Double> numbers() {
        List<Double> out = new ArrayList<>(values.length);
        for (int k = 0; k < values.length; k++) {
            out.add(isMissing(k) ? 0.0 : values[k]);
        }
        return out;
    }

    private boolean isMissing(int k) {
        return missing != null && missing.get(k);
    }

    /** A cell's text as jEPlus combines it: a number as Double parses it, anything else (including "-") 0.0. */
    static double number(String cell) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return 0.0;
        }
    }
}
