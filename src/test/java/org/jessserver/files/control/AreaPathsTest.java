package org.jessserver.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaPathsTest {

    @TempDir
    Path tmp;

    @Test
    void pathsAreRelativeToTheAreaWithOrWithoutLeadingSlash() {
        assertEquals("test/0", AreaPaths.relative("test/0"));
        assertEquals("test/0", AreaPaths.relative("/test/0/"));
        assertEquals("test/0", AreaPaths.relative("//test//0"));
        assertEquals("", AreaPaths.relative("/"));
        assertEquals("", AreaPaths.relative(""));
        assertEquals("", AreaPaths.relative(null));
        assertEquals("Shoebox_v8.9/in put.idf", AreaPaths.relative("Shoebox_v8.9/in put.idf"));
    }

    @Test
    void pathsThatLeaveTheAreaOrHideAreRefused() {
        for (String bad : new String[] {"..", "../x", "/../x", "a/../../x", "a/..", "./a", "a\\..\\..\\x", "..\\x",
                "C:\\Windows", "\\\\server\\share", "a\u0000b", "a\nb", ".hidden", "a/.git/config", "...", "a/.."}) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> AreaPaths.relative(bad), bad);
            assertTrue(e.getMessage().contains("Unsafe path"), e.getMessage());
        }
    }

    @Test
    void overlongNamesAreRefused() {
        assertThrows(InvalidRequestException.class, () -> AreaPaths.relative("a".repeat(256)));
        assertThrows(InvalidRequestException.class, () -> AreaPaths.relative("abcd/".repeat(250)));
    }

    @Test
    void resolvedPathsStayInTheArea() throws IOException {
        Path area = tmp.resolve("files/7");
        assertEquals(area.resolve("a/b"), AreaPaths.resolve(area, "a/b"));
        Files.createDirectories(area.resolve("a"));
        assertEquals(area.resolve("a/b"), AreaPaths.resolve(area, "a/b"));
        assertEquals(area, AreaPaths.resolve(area, ""));
    }

    @Test
    void linksThatLeadOutAreRefusedWhetherTheTargetExistsOrNot() throws IOException {
        Path area = Files.createDirectories(tmp.resolve("files/7"));
        Path outside = Files.createDirectories(tmp.resolve("secret"));
        Files.writeString(outside.resolve("key"), "x");
        Files.createSymbolicLink(area.resolve("out"), outside);
        Files.createSymbolicLink(area.resolve("dangling"), tmp.resolve("nowhere"));
        assertThrows(InvalidRequestException.class, () -> AreaPaths.resolve(area, "out"));
        assertThrows(InvalidRequestException.class, () -> AreaPaths.resolve(area, "out/key"));
        assertThrows(InvalidRequestException.class, () -> AreaPaths.resolve(area, "out/new/file"));
        assertThrows(InvalidRequestException.class, () -> AreaPaths.resolve(area, "dangling"));
        // a link that stays inside the area is harmless
        Files.createDirectories(area.resolve("real"));
        Files.createSymbolicLink(area.resolve("inside"), area.resolve("real"));
        assertEquals(area.resolve("inside/x"), AreaPaths.resolve(area, "inside/x"));
    }
}
