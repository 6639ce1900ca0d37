package org.jessserver.jeplus.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jessserver.platform.control.CsvTable;

/** Writes {@code joblist_out.csv} before any case runs, as jEPlus does: its header, absolute paths and CRLF (jeplus.md §8.4). */
public final class JobListWriter {

    private JobListWriter() {
    }

    /** The header: jEPlus's spaces after the second and third commas are kept. */
    public static List<String> header(List<String> tags) {
        List<String> header = new ArrayList<>(List.of("#Job_ID", "Weather File", " Model File"));
        header.addAll(tags);
        return header;
    }

    /** Writes the list from the cases in build order, one row at a time. */
    public static void write(Path file, List<String> tags, Iterator<EvaluatedCase> cases) {
        try (CsvTable table = CsvTable.create(file, CsvTable.CRLF)) {
            table.row(header(tags));
            while (cases.hasNext()) {
                EvaluatedCase c = cases.next();
                List<String> row = new ArrayList<>(List.of(c.id(), c.weather().toString(), c.template().toString()));
                row.addAll(c.tagValues());
                table.row(row);
            }
            table.commit();
        }
    }
}
