package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ReservedNamesTest {

    @Test
    void theServersNamesAreReservedInAnyLetterCase() {
        for (String n : List.of("job_summary.csv", "JOB_SUMMARY.CSV", "input", "Input", "jess_anything", "AllCombinedResults.csv")) {
            assertTrue(ReservedNames.server(n), n);
        }
        for (String n : List.of("in.idf", "job_summary.csv.idf", "inputs", "my_jess_file", "console.log")) {
            assertFalse(ReservedNames.server(n), n);
        }
    }

    @Test
    void aFlatJobAlsoReservesWhatTheRunWrites() {
        for (String n : List.of("console.log", "eplusout.err", "eplustbl.htm", "sqlite.err", "job_summary.csv")) {
            assertTrue(ReservedNames.flat(n), n);
        }
        assertFalse(ReservedNames.flat("in.idf"));
        assertFalse(ReservedNames.flat("job_summary.csv.idf"));
    }

    @Test
    void aFlatUploadIsRefusedNamingTheFile() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> ReservedNames.checkFlatUpload(List.of("in.epw", "in.idf", "job_summary.csv")));
        assertTrue(e.getMessage().startsWith("File job_summary.csv takes the name job_summary.csv"), e.getMessage());
        e = assertThrows(InvalidRequestException.class,
                () -> ReservedNames.checkFlatUpload(List.of("input/model.idf", "w.epw")));
        assertTrue(e.getMessage().contains("File input/model.idf takes the name input,"), e.getMessage());
        assertDoesNotThrow(() -> ReservedNames.checkFlatUpload(List.of("models/eplusout.err", "in.idf", "in.epw")));
    }

    @Test
    void caseFoldersOfJessNamesGetAPrefix() {
        assertEquals("case_jess_a", ReservedNames.caseFolderBase("jess_a"));
        assertEquals("a", ReservedNames.caseFolderBase("a"));
    }
}
