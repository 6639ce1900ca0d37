package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path dir;

    private static String record(Object... fields) throws IOException {
        StringBuilder out = new StringBuilder();
        CsvTable.printRecord(out, Arrays.asList(fields), CsvTable.LF);
        return out.toString();
    }

    @Test
    void fieldsWithoutCommaQuoteOrLineBreakAreWrittenAsIs() throws IOException {
        assertEquals("#,Job_ID, Dbl Clr 3mm/13mm Arg,trailing ,,-,!x,\n",
                record("#", "Job_ID", " Dbl Clr 3mm/13mm Arg", "trailing ", "", "-", "!x", ""));
    }

    @Test
    void anEmptyFirstFieldStaysEmpty() throws IOException {
        assertEquals(",a\n", record("", "a"));
        assertEquals(",a\n", record(null, "a"));
    }

    @Test
    void commaQuoteAndLineBreaksAreQuotedPerRfc4180() throws IOException {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"l\nm\",\"cr\rx\", x \n",
                record("a,b", "say \"hi\"", "l\nm", "cr\rx", " x "));
    }

    @Test
    void minimalQuotingWouldQuoteTheHeaderAndALeadingSpaceWhichIsWhyItIsNotUsed() throws IOException {
        // the library's own MINIMAL mode: kept as a record of why CsvTable chooses per field
        String minimal = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\n").get()
                .format("#", " Dbl Clr 3mm/13mm Arg", "x ");
        assertEquals("\"#\",\" Dbl Clr 3mm/13mm Arg\",\"x \"", minimal);
    }

    @Test
    void theTableAppearsOnlyOnCommitWithItsRecordSeparator() throws IOException {
        Path file = dir.resolve("t.csv");
        try (CsvTable table = CsvTable.create(file, CsvTable.CRLF)) {
            table.row("#", "a").row(List.of("0", "b"));
            assertFalse(Files.exists(file));
            assertTrue(Files.exists(dir.resolve(".t.csv.part")));
            table.commit();
        }
        assertEquals("#,a\r\n0,b\r\n", Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    @Test
    void anUncommittedTableLeavesTheOlderOneAndNoHiddenFile() throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "old\n");
        try (CsvTable table = CsvTable.create(file, CsvTable.LF)) {
            table.row("new");
        }
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }
}
