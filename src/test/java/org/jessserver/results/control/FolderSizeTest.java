package org.jessserver.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSizeTest {

    @TempDir
    Path dir;

    @Test
    void countsVisibleFilesButNotLinksOrDotfiles() throws Exception {
        Path weather = Files.write(dir.resolve("input.epw"), new byte[1000]);
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Files.write(caseDir.resolve("eplusout.end"), new byte[10]);
        Files.write(caseDir.resolve(".jess-pid"), new byte[7]);
        Files.createSymbolicLink(caseDir.resolve("in.epw"), weather);
        assertEquals(10, FolderSize.of(caseDir), "the linked weather file is the input's, counted there");
    }
}
