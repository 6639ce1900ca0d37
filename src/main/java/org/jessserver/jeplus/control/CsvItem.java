package org.jessserver.jeplus.control;

/** One rvx "csvs" item: which cell of which CSV report of each case goes into table {@code tableName} (jeplus.md §8.2). */
public record CsvItem(String sourceCsv, String fromReport, String fromFor, String fromTable, String fromColumn,
        String fromRow, String tableName, String columnHeaders, boolean usedInCalc) {
}
