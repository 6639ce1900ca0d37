package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCellFinderTest {

    /** A synthetic eplustbl.csv built around the excerpt of jeplus.md §8.2, with a later table to cross into. */
    static final List<String> TABLE = List.of(
            "Program Version:,EnergyPlus, Version 8.9.0",
            "",
            "REPORT:,Annual Building Utility Performance Summary",
            "FOR:,Entire Facility",
            "",
            "Site and Source Energy",
            "",
            ",Total Energy [kWh],Energy Per Total Building Area [kWh/m2]",
            ",Total Site Energy,5000.00,50.00",
            "",
            "End Uses",
            "",
            ",,Electricity [kWh],Natural Gas [kWh],District Cooling [kWh],District Heating [kWh],Water [m3]",
            ",Heating,0.00,0.00,0.00,1234.56,0.00",
            ",Cooling,0.00,0.00,  987.65  ,0.00,0.00",
            ",Interior Lighting,345.00,0.00,0.00,0.00,0.00",
            "",
            "REPORT:,System Summary",
            "FOR:,Entire Facility",
            "",
            "   Time Not Comfortable Based on Simple ASHRAE 55-2004   ",
            "",
            ",,Winter Clothes [hr],Summer Clothes [hr],Summer or Winter Clothes [hr]",
            ",ZONE1,100.00,200.00,321.50",
            "",
            "Other Table",
            ",,Extra Column [x]",
            ",Later Row,42.0");

    static CsvItem item(String report, String table, String column, String row) {
        return new CsvItem("eplustbl.csv", report, "Entire Facility", table, column, row, "t", "", true);
    }

    private static String find(CsvItem item) {
        return CsvCellFinder.of(TABLE).find(item);
    }

    @Test
    void endUsesDistrictHeatingHeatingGivesTheCell() {
        assertEquals("1234.56", find(item("Annual Building Utility Performance Summary", "End Uses",
                "District Heating [kWh]", "Heating")));
    }

    @Test
    void cellsAreTrimmedAndNamesCompareIgnoringCase() {
        assertEquals("987.65", find(item("annual building utility performance summary", "END USES",
                "district cooling [kwh]", "COOLING")));
        assertEquals("321.50", find(item("System Summary", "Time Not Comfortable Based on Simple ASHRAE 55-2004",
                "Summer or Winter Clothes [hr]", "ZONE1")));
    }

    @Test
    void aMisspeltRowOrColumnOrReportGivesADash() {
        assertEquals("-", find(item("Annual Building Utility Performance Summary", "End Uses",
                "District Heating [kWh]", "Heatin")));
        assertEquals("-", find(item("Annual Building Utility Performance Summary", "End Uses",
                "District Heating Water [kWh]", "Heating")));
        assertEquals("-", find(item("Anual Building Utility Performance Summary", "End Uses",
                "District Heating [kWh]", "Heating")));
    }

    @Test
    void theScanCrossesTableAndReportBoundaries() {
        // a column missing from End Uses is found in a table of the next report
        assertEquals("42.0", find(item("Annual Building Utility Performance Summary", "End Uses",
                "Extra Column [x]", "Later Row")));
        // a row missing from End Uses is found in the next report's table, under End Uses's column index
        assertEquals("100.00", find(item("Annual Building Utility Performance Summary", "End Uses",
                "Electricity [kWh]", "ZONE1")));
    }

    @Test
    void whenSeveralCellsMatchTheColumnTheLastGivesTheIndex() {
        List<String> lines = List.of("T", ",,A,B,A", ",r,1,2,3");
        assertEquals("3", CsvCellFinder.of(lines).find(new CsvItem("x.csv", "", "", "T", "A", "r", "t", "", true)));
    }

    @Test
    void aRowNeedsThreeCellsAndMoreThanTheColumnIndex() {
        List<String> lines = List.of(",,,,A", ",r,1", ",r,1,2", ",r,1,2,4");
        assertEquals("4", CsvCellFinder.of(lines).find(new CsvItem("x.csv", null, null, null, "A", "r", "t", "",
                true)));
    }

    @Test
    void aMissingSourceFileGivesNoFinder(@TempDir Path dir) throws IOException {
        assertTrue(CsvCellFinder.read(dir.resolve("eplustbl.csv")).isEmpty());
        Files.write(dir.resolve("eplustbl.csv"), TABLE);
        assertEquals("1234.56", CsvCellFinder.read(dir.resolve("eplustbl.csv")).orElseThrow()
                .find(item("Annual Building Utility Performance Summary", "End Uses", "District Heating [kWh]",
                        "Heating")));
    }
}
