package org.jessserver.jeplus.control;

import java.util.List;

/** A project's rvx as the server supports it (jeplus.md §11 q10): CSV cells, then derived metrics in column order. */
public record ResultDefinitions(List<CsvItem> csvs, List<DerivedMetric> derived) {

    public ResultDefinitions {
        csvs = List.copyOf(csvs);
        derived = List.copyOf(derived);
    }

    public static ResultDefinitions none() {
        return new ResultDefinitions(List.of(), List.of());
    }
}
