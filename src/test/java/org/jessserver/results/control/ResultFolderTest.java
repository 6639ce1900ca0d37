package org.jessserver.results.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {

    @TempDir
    Path data;

    /** Job 1's folder, with job 10 beside it and a secret outside both. */
    private Path root;

    private ResultFolder folder;

    @BeforeEach
    void jobFolder() throws IOException {
        root = data.resolve("jobs/1");
        write("job_summary.csv", "case,result\n");
        write("Data.CSV", "x\n");
        write("README", "read me\n");
        write("job.done!", "");
        write("eplusout.err", "** Warning **\n");
        write("a/eplusout.end", "EnergyPlus Completed Successfully\n");
        write("a/console.log", "log\n");
        write("b/eplusout.err", "** Severe **\n");
        write("b/.jess-pid", "4242\n");
        write(".jess-record", "cpu\n");
        write(".cache/hidden.csv", "hidden\n");
        write("结果/建筑 1.csv", "unicode\n");
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(Files.createDirectories(data.resolve("jobs/10")).resolve("secret.csv"), "job 10's\n");
        Files.writeString(data.resolve("secret.txt"), "outside\n");
        folder = new ResultFolder(root);
    }

    private void write(String relative, String content) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    /** The zip the download sends, as entry name to content, in the order sent. */
    private Map<String, String> zip(Set<String> extensions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        folder.zip(extensions, out);
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private Optional<String> file(String relative) {
        return folder.file(relative).map(p -> root.relativize(p).toString());
    }

    private static void files(ResultNode node, List<String> out) {
        if (!node.data().folder()) {
            out.add(node.data().fullPath().substring(1));
        }
        node.children().forEach(c -> files(c, out));
    }

    // ---- the zip of GET /job/file/<id> ----

    @Test
    void theZipHoldsEveryVisibleFileByItsPathInTheFolder() throws IOException {
        Map<String, String> zip = zip(Set.of());
        assertEquals(List.of("Data.CSV", "README", "a/console.log", "a/eplusout.end", "b/eplusout.err", "eplusout.err",
                "job.done!", "job_summary.csv", "结果/建筑 1.csv"), List.copyOf(zip.keySet()));
        assertEquals("EnergyPlus Completed Successfully\n", zip.get("a/eplusout.end"));
        assertEquals("unicode\n", zip.get("结果/建筑 1.csv"));
        assertEquals("", zip.get("job.done!"));
    }

    @Test
    void theZipHoldsExactlyTheFilesTheTreeShows() throws IOException {
        List<String> shown = new ArrayList<>();
        files(folder.tree("1"), shown);
        assertEquals(Set.copyOf(shown), zip(Set.of()).keySet());
    }

    @Test
    void theServersDotFilesAndHiddenFoldersAreNotInTheZip() throws IOException {
        Set<String> names = zip(Set.of()).keySet();
        assertTrue(names.stream().noneMatch(n -> n.contains(".jess") || n.contains(".cache")), names.toString());
    }

    @Test
    void extensionsSelectFilesInAnyLetterCase() throws IOException {
        assertEquals(List.of("Data.CSV", "b/eplusout.err", "eplusout.err", "job_summary.csv", "结果/建筑 1.csv"),
                List.copyOf(zip(ResultFolder.extensions("err,csv")).keySet()));
        assertEquals(List.of("a/eplusout.end"), List.copyOf(zip(ResultFolder.extensions(".END")).keySet()));
    }

    @Test
    void aFileWithoutAnExtensionIsOnlyInTheWholeZip() throws IOException {
        assertEquals(Set.of(), zip(ResultFolder.extensions("readme")).keySet());
        assertTrue(zip(Set.of()).containsKey("README"));
    }

    @Test
    void onlyTheLastExtensionCounts() throws IOException {
        write("out.tar.gz", "gz");
        assertEquals(Set.of("out.tar.gz"), zip(ResultFolder.extensions("gz")).keySet());
        // a double extension never matches: the zip is empty
        assertEquals(Set.of(), zip(ResultFolder.extensions("tar.gz")).keySet());
        assertEquals(Set.of("job.done!"), zip(ResultFolder.extensions("done!")).keySet());
    }

    @Test
    void anExtensionNoFileHasGivesAnEmptyButValidZip() throws IOException {
        assertEquals(Map.of(), zip(ResultFolder.extensions("sql")));
    }

    @Test
    void anEmptyFolderGivesAnEmptyButValidZip() throws IOException {
        folder = new ResultFolder(root.resolve("empty"));
        assertEquals(Map.of(), zip(Set.of()));
    }

    @Test
    void aLargeFileArrivesWhole() throws IOException {
        byte[] big = new byte[8 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(big);
        Files.write(root.resolve("a/eplusout.sql"), big);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        folder.zip(Set.of("sql"), out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("a/eplusout.sql", in.getNextEntry().getName());
            assertArrayEquals(big, in.readAllBytes());
            assertEquals(null, in.getNextEntry());
        }
    }

    @Test
    void aSymbolicLinkInTheFolderIsNotFollowedIntoTheZip() throws IOException {
        Files.createSymbolicLink(root.resolve("a/passwd.csv"), data.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("other"), data.resolve("jobs/10"));
        Files.createSymbolicLink(root.resolve("a/again.csv"), root.resolve("job_summary.csv"));
        Map<String, String> zip = zip(Set.of());
        assertTrue(zip.values().stream().noneMatch(v -> v.equals("outside\n") || v.equals("job 10's\n")), zip.toString());
        // as the tree, which leaves every link out
        List<String> shown = new ArrayList<>();
        files(folder.tree("1"), shown);
        assertEquals(Set.copyOf(shown), zip.keySet());
    }

    // ---- one file: GET /job/file/<id>/<path> and /job/text/<id>/<path> ----

    @Test
    void aFileIsFoundByItsPathInTheFolder() {
        assertEquals(Optional.of("eplusout.err"), file("eplusout.err"));
        assertEquals(Optional.of("a/eplusout.end"), file("a/eplusout.end"));
        assertEquals(Optional.of("job.done!"), file("job.done!"));
        assertEquals(Optional.of("结果/建筑 1.csv"), file("结果/建筑 1.csv"));
    }

    @Test
    void windowsSeparatorsAndHarmlessDotsFindTheFile() {
        assertEquals(Optional.of("a/eplusout.end"), file("a\\eplusout.end"));
        assertEquals(Optional.of("a/eplusout.end"), file("./a/./eplusout.end"));
        assertEquals(Optional.of("a/eplusout.end"), file("a//eplusout.end"));
        assertEquals(Optional.of("job_summary.csv"), file("a/../job_summary.csv"));
    }

    @Test
    void theLetterCaseMustMatch() {
        assertEquals(Optional.empty(), file("data.csv"));
        assertEquals(Optional.of("Data.CSV"), file("Data.CSV"));
    }

    @Test
    void aPathOutOfTheFolderFindsNothing() {
        for (String path : new String[] {"../../secret.txt", "../10/secret.csv", "a/../../10/secret.csv",
                "..\\..\\secret.txt", "a/b/../../../../secret.txt", data.resolve("secret.txt").toString(),
                "/etc/passwd", "//etc/passwd", "C:\\Windows\\win.ini", "C:/Windows/win.ini", "~/secret.txt"}) {
            assertEquals(Optional.empty(), file(path), path);
        }
    }

    @Test
    void aPathThatLeavesAndComesBackIsInside() {
        assertEquals(Optional.of("job_summary.csv"), file("../1/job_summary.csv"));
    }

    @Test
    void aFolderOrTheRootIsNoFile() {
        for (String path : new String[] {"a", "a/", "empty", "结果", ".", "./", "/", "a/..", "../1"}) {
            assertEquals(Optional.empty(), file(path), path);
        }
    }

    @Test
    void hiddenFilesAreNotServed() {
        for (String path : new String[] {".jess-record", "b/.jess-pid", ".cache/hidden.csv", "./.jess-record",
                "a/../.jess-record", "b\\.jess-pid"}) {
            assertEquals(Optional.empty(), file(path), path);
        }
    }

    @Test
    void nothingGivenFindsNothing() {
        for (String path : new String[] {null, "", " ", "\t"}) {
            assertEquals(Optional.empty(), file(path), String.valueOf(path));
        }
    }

    @Test
    void aMissingFileFindsNothing() {
        assertEquals(Optional.empty(), file("eplusout.sql"));
        assertEquals(Optional.empty(), file("c/eplusout.err"));
        assertEquals(Optional.empty(), file("eplusout.err/x"));
    }

    @Test
    void aNulInThePathFindsNothingRatherThanFailing() {
        assertEquals(Optional.empty(), file("eplusout.err\0"));
        assertEquals(Optional.empty(), file("eplusout.err\0.png"));
    }

    @Test
    void aHugePathFindsNothingRatherThanFailing() {
        assertEquals(Optional.empty(), file("a/".repeat(100_000) + "eplusout.end"));
        assertEquals(Optional.empty(), file("x".repeat(100_000)));
        assertEquals(Optional.empty(), file("../".repeat(10_000) + "etc/passwd"));
    }

    @Test
    void aSymbolicLinkOutOfTheFolderFindsNothing() throws IOException {
        Files.createSymbolicLink(root.resolve("a/passwd.csv"), data.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("other"), data.resolve("jobs/10"));
        assertEquals(Optional.empty(), file("a/passwd.csv"));
        assertEquals(Optional.empty(), file("other/secret.csv"));
    }

    @Test
    void aSymbolicLinkWithinTheFolderIsFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("a/again.csv"), root.resolve("job_summary.csv"));
        assertEquals(Optional.of("a/again.csv"), file("a/again.csv"));
    }

    // ---- the ext= parameter ----

    @Test
    void noExtensionsMeansEveryFile() {
        for (String list : new String[] {null, "", " ", ",", " , ,", ".", ". , ."}) {
            assertEquals(Set.of(), ResultFolder.extensions(list), String.valueOf(list));
        }
    }

    @Test
    void extensionsAreLowerCaseWithoutTheirDot() {
        assertEquals(Set.of("err", "csv"), ResultFolder.extensions("err,csv"));
        assertEquals(Set.of("err", "csv"), ResultFolder.extensions(".err, .CSV"));
        assertEquals(Set.of("err", "csv"), ResultFolder.extensions(",,ERR,,csv,err,"));
        assertEquals(Set.of("tar.gz"), ResultFolder.extensions(".tar.gz"));
        assertEquals(Set.of(".err"), ResultFolder.extensions("..err"), "only one dot is taken off");
        assertEquals(Set.of("ü"), ResultFolder.extensions(".Ü"));
    }
}
