package org.jessserver.monitor.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderCheckTest {

    @TempDir
    Path dir;

    @Test
    void aWritableFolderWithRoomIsFineAndKeepsNoProbeFile() throws Exception {
        DataFolderCheck.Finding f = DataFolderCheck.of(dir, 1);
        assertTrue(f.problem().isEmpty(), f.toString());
        assertTrue(f.freeBytes() > 0);
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent(), "the probe file is deleted");
        }
    }

    @Test
    void lessFreeSpaceThanTheMinimumNamesTheFreeBytes() {
        DataFolderCheck.Finding f = DataFolderCheck.of(dir, Long.MAX_VALUE);
        String problem = f.problem().orElseThrow();
        assertTrue(problem.contains(f.freeBytes() + " bytes) free"), problem);
        assertTrue(problem.contains("JESS_MIN_FREE_BYTES"), problem);
    }

    @Test
    void aFolderThatCannotBeWrittenSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String problem = DataFolderCheck.of(file, 1).problem().orElseThrow();
        assertTrue(problem.contains("not writable"), problem);
    }
}
