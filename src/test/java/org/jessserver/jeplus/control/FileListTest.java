package org.jessserver.jeplus.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileListTest {

    @TempDir
    Path root;
    Path project;

    @BeforeEach
    void files() throws IOException {
        project = Files.createDirectories(root.resolve("proj"));
        for (String name : List.of("a.epw", "b.epw", "c.epw", "sub/d.epw")) {
            Files.createDirectories(project.resolve(name).getParent());
            Files.writeString(project.resolve(name), "x");
        }
        Files.writeString(root.resolve("outside.epw"), "x");
    }

    private List<String> names(String list) {
        return FileList.resolve("weatherFile", list, project, root).stream()
                .map(p -> project.relativize(p).toString()).toList();
    }

    @Test
    void splitsOnSemicolonsTrimsAndDropsEmptyEntries() {
        assertEquals(List.of("b.epw", "a.epw", "sub/d.epw"), names("  b.epw ;a.epw;; sub/d.epw ; "));
    }

    @Test
    void aCommaIsNotASeparator() {
        assertEquals("weatherFile: file not found: a.epw, b.epw",
                assertThrows(InvalidRequestException.class, () -> names("a.epw, b.epw")).getMessage());
    }

    @Test
    void listFilesAreExpandedInPlaceWithComments() throws IOException {
        Files.writeString(project.resolve("w.LST"), "# weathers\n c.epw ! third\n\n sub/d.epw#x\n");
        assertEquals(List.of("a.epw", "c.epw", "sub/d.epw", "b.epw"), names("a.epw; w.LST; b.epw"));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        assertEquals("weatherFile: file not found: nope.epw",
                assertThrows(InvalidRequestException.class, () -> names("a.epw;nope.epw")).getMessage());
        Files.writeString(project.resolve("w.lst"), "gone.epw\n");
        assertEquals("weatherFile (in w.lst): file not found: gone.epw",
                assertThrows(InvalidRequestException.class, () -> names("w.lst")).getMessage());
    }

    @Test
    void pathsThatLeaveTheUploadAreRefusedEvenIfTheyExist() {
        assertEquals("weatherFile: path leaves the uploaded project: ../../outside.epw",
                assertThrows(InvalidRequestException.class, () -> names("../../outside.epw")).getMessage());
        assertEquals(List.of("../outside.epw"), names("../outside.epw"));
        assertThrows(InvalidRequestException.class, () -> names("/etc/passwd"));
    }

    @Test
    void symbolicLinksOutOfTheUploadAreRefused() throws IOException {
        Path target = Files.createTempFile("secret", ".epw");
        try {
            Files.createSymbolicLink(project.resolve("link.epw"), target);
            assertThrows(InvalidRequestException.class, () -> names("link.epw"));
        } finally {
            Files.delete(target);
        }
    }

    @Test
    void backslashesAreFolderSeparators() {
        assertEquals(List.of("sub/d.epw"), names("sub\\d.epw"));
    }
}
