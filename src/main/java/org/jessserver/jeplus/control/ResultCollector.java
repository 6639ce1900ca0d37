package org.jessserver.jeplus.control;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jessserver.platform.control.CsvTable;

/**
 * Collects a jEPlus job's result tables from its case folders once every case has ended (jeplus.md §8):
 * {@code SimJobIndex.csv}, {@code RunTimes.csv} and one {@code <tableName>.csv} per csvs item, streamed in build
 * order, then {@code AllCombinedResults.csv} and {@code AllDerivedResults.csv}, sorted by case id, from one
 * {@link CombinedRow} per case held in memory. Each table appears whole, under its name, only when written.
 */
public final class ResultCollector {

    public static final String SIM_JOB_INDEX = "SimJobIndex.csv";
    public static final String RUN_TIMES = "RunTimes.csv";
    public static final String ALL_COMBINED = "AllCombinedResults.csv";
    public static final String ALL_DERIVED = "AllDerivedResults.csv";

    private final Path resultFolder;
    private final ResultDefinitions rvx;
    private final List<String> tags;
    private final List<String> derivedHeaders;
    private final Function<List<Double>, List<String>> derivedCells;

    /**
     * @param derivedHeaders the derived columns' headers after {@code #,Job_ID,Reserved} (§8.6)
     * @param derivedCells   a case's derived cells, in header order, from its values bound to c0, c1, …
     */
    public ResultCollector(Path resultFolder, ResultDefinitions rvx, List<String> tags, List<String> derivedHeaders,
            Function<List<Double>, List<String>> derivedCells) {
        this.resultFolder = resultFolder;
        this.rvx = rvx;
        this.tags = List.copyOf(tags);
        this.derivedHeaders = List.copyOf(derivedHeaders);
        this.derivedCells = derivedCells;
    }

    /** A table's data column headers: columnHeaders split on commas, or fromColumn when it is empty (§8.3). */
    public static List<String> headers(CsvItem item) {
        String text = item.columnHeaders() == null || item.columnHeaders().isBlank() ? item.fromColumn()
                : item.columnHeaders();
        return Arrays.stream(text.split(",", -1)).map(String::trim).toList();
    }

    /** The AllCombinedResults.csv header (§8.5). */
    public List<String> combinedHeader() {
        List<String> header = new ArrayList<>(List.of("#", "Job_ID", "WeatherFile", "ModelFile"));
        header.addAll(tags);
        header.addAll(EndMarker.HEADER);
        int k = 0;
        for (CsvItem item : usedInCalc()) {
            for (String h : headers(item)) {
                header.add("c" + k++ + ": " + h);
            }
        }
        return header;
    }

    /** Writes every table from the cases in build order; failed cases simply lack their rows. */
    public void collect(Iterator<EvaluatedCase> cases) {
        List<CombinedRow> rows = streamTables(cases);
        rows.sort(Comparator.comparing(CombinedRow::id));
        writeCombined(rows);
        writeDerived(rows);
    }

    private List<CombinedRow> streamTables(Iterator<EvaluatedCase> cases) {
        List<CombinedRow> rows = new ArrayList<>();
        List<CsvTable> open = new ArrayList<>();
        try {
            CsvTable index = table(open, SIM_JOB_INDEX, indexHeader());
            CsvTable runTimes = table(open, RUN_TIMES, runTimesHeader());
            List<ItemTable> items = new ArrayList<>();
            for (CsvItem item : rvx.csvs()) {
                items.add(new ItemTable(item, table(open, tableFile(item), itemHeader(item))));
            }
            long runTimeRows = 0;
            for (int position = 0; cases.hasNext(); position++) {
                EvaluatedCase c = cases.next();
                List<String> indexFields = indexFields(position, c);
                index.row(indexFields);
                Optional<EndMarker> end = EndMarker.read(c.folder());
                if (end.isPresent()) {
                    runTimes.row(runTimesRow(runTimeRows++, c.id(), end.get()));
                }
                Map<CsvItem, String> cells = cells(c.folder());
                items.forEach(t -> t.add(c.id(), cells.get(t.item())));
                rows.add(new CombinedRow(c.id(), indexFields, end.map(EndMarker::fields).orElse(List.of()),
                        values(cells), missing(cells)));
            }
            open.forEach(CsvTable::commit);
            return rows;
        } finally {
            open.forEach(CsvTable::close);
        }
    }

    /** The cell of each item whose source file exists; each source file is read once. */
    private Map<CsvItem, String> cells(Path caseFolder) {
        Map<String, Optional<CsvCellFinder>> sources = new LinkedHashMap<>();
        Map<CsvItem, String> cells = new LinkedHashMap<>();
        for (CsvItem item : rvx.csvs()) {
            sources.computeIfAbsent(item.sourceCsv(), s -> CsvCellFinder.read(caseFolder.resolve(s)))
                    .ifPresent(finder -> cells.put(item, finder.find(item)));
        }
        return cells;
    }

    private double[] values(Map<CsvItem, String> cells) {
        List<Double> values = new ArrayList<>();
        for (CsvItem item : usedInCalc()) {
            String cell = cells.get(item);
            values.add(cell == null ? 0.0 : CombinedRow.number(cell));
            for (int extra = 1; extra < headers(item).size(); extra++) {
                values.add(0.0);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // only the first data column of a table is ever filled; the other columns its header names stay empty
    private BitSet missing(Map<CsvItem, String> cells) {
        BitSet missing = new BitSet();
        int k = 0;
        for (CsvItem item : usedInCalc()) {
            int width = headers(item).size();
            missing.set(cells.containsKey(item) ? k + 1 : k, k + width);
            k += width;
        }
        return missing;
    }

    private void writeCombined(List<CombinedRow> rows) {
        try (CsvTable table = CsvTable.create(resultFolder.resolve(ALL_COMBINED), CsvTable.LF)) {
            table.row(combinedHeader());
            rows.forEach(r -> table.row(r.combined()));
            table.commit();
        }
    }

    private void writeDerived(List<CombinedRow> rows) {
        List<String> header = new ArrayList<>(List.of("#", "Job_ID", "Reserved"));
        header.addAll(derivedHeaders);
        try (CsvTable table = CsvTable.create(resultFolder.resolve(ALL_DERIVED), CsvTable.LF)) {
            table.row(header);
            long n = 0;
            for (CombinedRow r : rows) {
                if (r.hasResults()) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(n++), r.id(), ""));
                    row.addAll(derivedCells.apply(r.numbers()));
                    table.row(row);
                }
            }
            table.commit();
        }
    }

    // the loader checks table names too; a name that is not a plain file name would write outside the folder
    private static String tableFile(CsvItem item) {
        String name = item.tableName() + ".csv";
        if (name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("Table name is not a plain file name: " + item.tableName());
        }
        return name;
    }

    private List<CsvItem> usedInCalc() {
        return rvx.csvs().stream().filter(CsvItem::usedInCalc).toList();
    }

    private CsvTable table(List<CsvTable> open, String name, List<String> header) {
        CsvTable table = CsvTable.create(resultFolder.resolve(name), CsvTable.LF);
        open.add(table);
        return table.row(header);
    }

    private List<String> indexHeader() {
        List<String> header = new ArrayList<>(List.of("#", "Job_ID", "WeatherFile", "ModelFile"));
        header.addAll(tags);
        return header;
    }

    private static List<String> indexFields(int position, EvaluatedCase c) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(position), c.id(),
                c.weather().getFileName().toString(), c.template().getFileName().toString()));
        row.addAll(c.tagValues());
        return row;
    }

    private static List<String> runTimesHeader() {
        List<String> header = new ArrayList<>(List.of("#", "Job_ID"));
        header.addAll(EndMarker.HEADER);
        return header;
    }

    private static List<String> runTimesRow(long n, String id, EndMarker end) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(n), id));
        row.addAll(end.fields());
        return row;
    }

    private static List<String> itemHeader(CsvItem item) {
        List<String> header = new ArrayList<>(List.of("#", "Job_ID", "Reserved"));
        header.addAll(headers(item));
        return header;
    }

    /** One csvs item's table, numbering its rows from 0 as cases with the source file arrive. */
    private static final class ItemTable {
        private final CsvItem item;
        private final CsvTable table;
        private long rows;

        ItemTable(CsvItem item, CsvTable table) {
            this.item = item;
            this.table = table;
        }

        CsvItem item() {
            return item;
        }

        void add(String id, String cell) {
            if (cell != null) {
                table.row(String.valueOf(rows++), id, "", cell);
            }
        }
    }
}
