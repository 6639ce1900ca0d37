package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndMarkerTest {

    @Test
    void aSuccessfulRunGivesMessageCountsAndTime() {
        EndMarker end = EndMarker.parse("EnergyPlus Completed Successfully-- 1 Warning; 0 Severe Errors;"
                + " Elapsed Time=00hr 00min  2.10sec\n");
        assertEquals(List.of("EnergyPlus Completed Successfully", "1", "0", "0", "0", "2.10"), end.fields());
    }

    @Test
    void aFatalRunGivesItsMessageAndSevereErrors() {
        EndMarker end = EndMarker.parse("EnergyPlus Terminated--Fatal Error Detected. 0 Warning; 4 Severe Errors;"
                + " Elapsed Time=01hr 12min 33.45sec");
        assertEquals(List.of("EnergyPlus Terminated", "0", "4", "1", "12", "33.45"), end.fields());
    }

    @Test
    void missingPartsAreEmpty() {
        assertEquals(List.of("Something else", "", "", "", "", ""), EndMarker.parse("Something else").fields());
    }

    @Test
    void noFileNoRow(@TempDir Path dir) throws IOException {
        assertTrue(EndMarker.read(dir).isEmpty());
        Files.writeString(dir.resolve("eplusout.end"), "EnergyPlus Completed Successfully-- 3 Warning; 0 Severe"
                + " Errors; Elapsed Time=00hr 01min  5.00sec\r\n");
        assertEquals("3", EndMarker.read(dir).orElseThrow().warnings());
    }
}
