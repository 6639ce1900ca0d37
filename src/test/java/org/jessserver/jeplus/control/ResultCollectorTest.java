package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCollectorTest {

    private static final String ABUPS = "Annual Building Utility Performance Summary";

    /** The five csvs items of the Shoebox project's rvx. */
    static final List<CsvItem> SHOEBOX = List.of(
            new CsvItem("eplustbl.csv", ABUPS, "Entire Facility", "End Uses", "District Heating [kWh]", "Heating",
                    "heating", "Heating [kWh]", true),
            new CsvItem("eplustbl.csv", ABUPS, "Entire Facility", "End Uses", "District Cooling [kWh]", "Cooling",
                    "cooling", "Cooling [kWh]", true),
            new CsvItem("eplustbl.csv", ABUPS, "Entire Facility", "End Uses", "Electricity [kWh]",
                    "Interior Lighting", "lighting", "Lighting [kWh]", true),
            new CsvItem("eplustbl.csv", ABUPS, "Entire Facility", "End Uses", "Electricity [kWh]",
                    "Interior Equipment", "equipment", "Equipment [kWh]", true),
            new CsvItem("eplustbl.csv", "System Summary", "Entire Facility",
                    "Time Not Comfortable Based on Simple ASHRAE 55-2004", "Summer or Winter Clothes [hr]", "ZONE1",
                    "discomfort", "Discomfort hours [hr]", true));

    private static final String SUCCESS = "EnergyPlus Completed Successfully-- 1 Warning; 0 Severe Errors;"
            + " Elapsed Time=00hr 00min  2.10sec\n";

    @TempDir
    Path dir;
    Path results;

    @BeforeEach
    void folders() throws IOException {
        results = Files.createDirectories(dir.resolve("results"));
    }

    private EvaluatedCase runCase(String id, String heating, String end) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(id));
        if (heating != null) {
            Files.write(folder.resolve("eplustbl.csv"),
                    CsvCellFinderTest.TABLE.stream().map(l -> l.replace("1234.56", heating)).toList());
        }
        if (end != null) {
            Files.writeString(folder.resolve("eplusout.end"), end);
        }
        return evaluated(id, folder);
    }

    private EvaluatedCase evaluated(String id, Path folder) {
        return new EvaluatedCase(id, dir.resolve("in/w.epw"), dir.resolve("in/m.idf"),
                List.of("0.25", " Dbl Clr 3mm/13mm Arg"), folder);
    }

    private ResultCollector collector(List<CsvItem> items, List<String> derivedHeaders,
            Function<List<Double>, List<String>> derived) {
        return new ResultCollector(results, new ResultDefinitions(items, List.of()), List.of("@@ins@@", "@@win@@"),
                derivedHeaders, derived);
    }

    private String read(String name) throws IOException {
        return Files.readString(results.resolve(name));
    }

    /** Four cases in build order C-1, C-0, C-10, C-2: two ran, one failed without tables, one never ran. */
    private void collectShoebox() throws IOException {
        List<EvaluatedCase> cases = List.of(runCase("C-1", "1234.56", SUCCESS), runCase("C-0", "12345678.9", SUCCESS),
                runCase("C-10", null, "EnergyPlus Terminated--Fatal Error Detected. 0 Warning; 4 Severe Errors;"
                        + " Elapsed Time=00hr 00min  1.00sec"),
                evaluated("C-2", dir.resolve("C-2")));
        collector(SHOEBOX, List.of("n: count", "t1: Total heating [kWh]"),
                v -> List.of(String.valueOf(v.size()), Double.toString(v.get(0)))).collect(cases.iterator());
    }

    @Test
    void eachItemTableHasOneRowPerCaseWithItsSourceFileAndTheRawCell() throws IOException {
        collectShoebox();
        assertEquals("#,Job_ID,Reserved,Heating [kWh]\n0,C-1,,1234.56\n1,C-0,,12345678.9\n", read("heating.csv"));
        assertEquals("#,Job_ID,Reserved,Equipment [kWh]\n0,C-1,,-\n1,C-0,,-\n", read("equipment.csv"));
        assertEquals("#,Job_ID,Reserved,Discomfort hours [hr]\n0,C-1,,321.50\n1,C-0,,321.50\n",
                read("discomfort.csv"));
    }

    @Test
    void simJobIndexListsEveryCaseInBuildOrderWithBareFileNames() throws IOException {
        collectShoebox();
        assertEquals("""
                #,Job_ID,WeatherFile,ModelFile,@@ins@@,@@win@@
                0,C-1,w.epw,m.idf,0.25, Dbl Clr 3mm/13mm Arg
                1,C-0,w.epw,m.idf,0.25, Dbl Clr 3mm/13mm Arg
                2,C-10,w.epw,m.idf,0.25, Dbl Clr 3mm/13mm Arg
                3,C-2,w.epw,m.idf,0.25, Dbl Clr 3mm/13mm Arg
                """, read(ResultCollector.SIM_JOB_INDEX));
    }

    @Test
    void runTimesHasARowPerEndMarker() throws IOException {
        collectShoebox();
        assertEquals("""
                #,Job_ID,Message,Warnings,Errors,Hours,Minutes,Seconds
                0,C-1,EnergyPlus Completed Successfully,1,0,0,0,2.10
                1,C-0,EnergyPlus Completed Successfully,1,0,0,0,2.10
                2,C-10,EnergyPlus Terminated,0,4,0,0,1.00
                """, read(ResultCollector.RUN_TIMES));
    }

    @Test
    void allCombinedIsSortedByIdWithDoubleNumbersAndEmptyFieldsForMissingValues() throws IOException {
        collectShoebox();
        String prefix = "w.epw,m.idf,0.25, Dbl Clr 3mm/13mm Arg,";
        assertEquals("#,Job_ID,WeatherFile,ModelFile,@@ins@@,@@win@@,Message,Warnings,Errors,Hours,Minutes,Seconds,"
                + "c0: Heating [kWh],c1: Cooling [kWh],c2: Lighting [kWh],c3: Equipment [kWh],"
                + "c4: Discomfort hours [hr]\n"
                + "1,C-0," + prefix + "EnergyPlus Completed Successfully,1,0,0,0,2.10,1.23456789E7,987.65,345.0,0.0,321.5\n"
                + "0,C-1," + prefix + "EnergyPlus Completed Successfully,1,0,0,0,2.10,1234.56,987.65,345.0,0.0,321.5\n"
                + "2,C-10," + prefix + "EnergyPlus Terminated,0,4,0,0,1.00,,,,,\n"
                + "3,C-2," + prefix + ",,,,,,,,,,\n", read(ResultCollector.ALL_COMBINED));
    }

    @Test
    void allDerivedNumbersTheCasesWithResultsInIdOrder() throws IOException {
        collectShoebox();
        assertEquals("""
                #,Job_ID,Reserved,n: count,t1: Total heating [kWh]
                0,C-0,,5,1.23456789E7
                1,C-1,,5,1234.56
                """, read(ResultCollector.ALL_DERIVED));
    }

    @Test
    void aMissingValueInTheMiddleLeavesOneEmptyFieldAndUnusedTablesStayOut() throws IOException {
        CsvItem a = new CsvItem("a.csv", "", "", "", "X", "r", "ta", "", true);
        CsvItem b = new CsvItem("b.csv", "", "", "", "X", "r", "tb", "B one,B two", true);
        CsvItem c = new CsvItem("b.csv", "", "", "", "X", "r", "tc", "Unused", false);
        Path folder = Files.createDirectories(dir.resolve("K"));
        Files.writeString(folder.resolve("b.csv"), ",,X\n,r,7\n");
        collector(List.of(a, b, c), List.of(), v -> List.of()).collect(List.of(evaluated("K", folder)).iterator());
        assertEquals("#,Job_ID,Reserved,X\n", read("ta.csv"));
        assertEquals("#,Job_ID,Reserved,B one,B two\n0,K,,7\n", read("tb.csv"));
        assertEquals("#,Job_ID,Reserved,Unused\n0,K,,7\n", read("tc.csv"));
        assertEquals("#,Job_ID,WeatherFile,ModelFile,@@ins@@,@@win@@,Message,Warnings,Errors,Hours,Minutes,Seconds,"
                + "c0: X,c1: B one,c2: B two\n"
                + "0,K,w.epw,m.idf,0.25, Dbl Clr 3mm/13mm Arg,,,,,,,,7.0,\n", read(ResultCollector.ALL_COMBINED));
        assertEquals("#,Job_ID,Reserved\n0,K,\n", read(ResultCollector.ALL_DERIVED));
    }

    @Test
    void everyTableIsWrittenWithoutCasesAndNoHiddenFileRemains() throws IOException {
        collector(SHOEBOX, List.of("v1: Heating [kWh]"), v -> List.of()).collect(List.<EvaluatedCase>of().iterator());
        try (var files = Files.list(results)) {
            assertEquals(List.of("AllCombinedResults.csv", "AllDerivedResults.csv", "RunTimes.csv", "SimJobIndex.csv",
                    "cooling.csv", "discomfort.csv", "equipment.csv", "heating.csv", "lighting.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("#,Job_ID,Reserved,v1: Heating [kWh]\n", read(ResultCollector.ALL_DERIVED));
    }

    @Test
    void aTableNameThatIsNoPlainFileNameIsRefusedBeforeAnythingIsWritten() throws IOException {
        CsvItem escape = new CsvItem("a.csv", "", "", "", "X", "r", "../x", "", true);
        assertThrows(IllegalArgumentException.class,
                () -> collector(List.of(escape), List.of(), v -> List.of()).collect(List.<EvaluatedCase>of().iterator()));
        try (var files = Files.list(results)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aNonNumberBecomesZeroAndAFromColumnHeadsATableWithoutColumnHeaders() {
        assertEquals(0.0, CombinedRow.number("-"));
        assertEquals(1234.56, CombinedRow.number(" 1234.56 "));
        assertEquals(List.of("X"), ResultCollector.headers(new CsvItem("a.csv", "", "", "", "X", "r", "t", "", true)));
    }
}
