package org.jessserver.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalProcessRunTest {

    @Test
    void childrenCpuFromShellTimes() {
        assertEquals(Optional.of(448L + 3L),
                LocalProcessRun.childrenCpuMillis(List.of("0m0.000s 0m0.002s", "0m0.448s 0m0.003s")));
        assertEquals(Optional.of(2 * 60_000L + 5_100L + 1_000L),
                LocalProcessRun.childrenCpuMillis(List.of("0m0.000s 0m0.002s", "2m5,100s 0m1,000s")));
        // dash prints six decimals
        assertEquals(Optional.of(1_230L + 40L),
                LocalProcessRun.childrenCpuMillis(List.of("0m0.000000s 0m0.000000s", "0m1.230000s 0m0.040000s")));
        assertEquals(Optional.empty(), LocalProcessRun.childrenCpuMillis(List.of("0m0.000s 0m0.002s")));
        assertEquals(Optional.empty(), LocalProcessRun.childrenCpuMillis(List.of("", "garbage")));
    }

    @Test
    void humanDurations() {
        assertEquals("2h0m0s", LocalProcessRun.human(Duration.ofHours(2)));
        assertEquals("1m30s", LocalProcessRun.human(Duration.ofSeconds(90)));
        assertEquals("1s", LocalProcessRun.human(Duration.ofSeconds(1)));
        assertEquals("1.5s", LocalProcessRun.human(Duration.ofMillis(1500)));
        assertEquals("250ms", LocalProcessRun.human(Duration.ofMillis(250)));
        assertEquals("1h2m3.04s", LocalProcessRun.human(Duration.ofMillis(3_723_040)));
    }

    @Test
    void folderMentionRespectsPathBoundaries() {
        CaseFolder folder = new CaseFolder(Path.of("/cases/7"));
        assertTrue(folder.mentionsDir("/cases/7"));
        assertTrue(folder.mentionsDir("/cases/7/in.idf"));
        assertTrue(folder.mentionsDir("x /cases/7"));
        assertFalse(folder.mentionsDir("/cases/70"));
        assertFalse(folder.mentionsDir("/cases/7x/in.idf"));
        assertTrue(folder.mentionsDir("cd \"/cases/7\" && energyplus"));
        assertFalse(folder.mentionsDir("/old/cases/7"));
        assertFalse(folder.mentionsDir("/cases/7.bak"));
    }
}
