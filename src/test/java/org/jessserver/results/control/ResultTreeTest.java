package org.jessserver.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTreeTest {

    // 2021-07-06 10:59:06 UTC, the time of the recorded JESS reply
    private static final FileTime RECORDED = FileTime.fromMillis(1625569146000L);

    @TempDir
    Path root;

    @BeforeEach
    void jobFolder() throws IOException {
        write("job_summary.csv", 10);
        write("a/eplusout.end", 97);
        write("a/console.log", 5416);
        write("b/eplusout.err", 1514);
        write("b/.jess-pid", 6);
        write(".jess-record", 1000);
        write("README", 3);
        write("Data.CSV", 0);
        write("job.done!", 0);
    }

    @Test
    void theRootIsNamedAfterTheJobAndCarriesTheVisibleTotal() {
        ResultNode tree = ResultTree.of(root, "385099");
        assertEquals("385099 [*]", tree.text());
        assertEquals("root", tree.type());
        assertEquals("/", tree.data().fullPath());
        assertTrue(tree.data().folder());
        long total = 10 + 97 + 5416 + 1514 + 3;
        assertEquals(total, tree.data().size());
        assertEquals("/ total size 7.04 kB", tree.anchorAttributes().title());
    }

    @Test
    void childrenAreSortedByNameWithoutHiddenFiles() {
        ResultNode tree = ResultTree.of(root, "1");
        assertEquals(List.of("Data.CSV (0 B)", "README (3 B)", "a (5.51 kB)", "b (1.51 kB)", "job.done! (0 B)",
                "job_summary.csv (10 B)"), texts(tree.children()));
        assertEquals(List.of("eplusout.err (1.51 kB)"), texts(child(tree, "b").children()));
    }

    @Test
    void aFileHasJessFieldsWithItsFullPathAndTime() throws IOException {
        Files.setLastModifiedTime(root.resolve("a/eplusout.end"), RECORDED);
        ResultNode end = child(child(ResultTree.of(root, "1"), "a"), "eplusout.end");
        assertEquals("eplusout.end (97 B)", end.text());
        assertEquals("end", end.type());
        assertEquals(new ResultNode.Entry("/a/eplusout.end", false, 1625569146000L, 97), end.data());
        assertEquals("/a/eplusout.end last modfied at 2021-07-06 10:59 UTC", end.anchorAttributes().title());
        assertEquals(new ResultNode.State(false, false, false), end.state());
        assertNull(end.id());
        assertTrue(end.itemAttributes().isEmpty());
        assertTrue(end.children().isEmpty());
    }

    @Test
    void aFolderShowsItsTotalAndIsOfTypeFolder() throws IOException {
        Files.setLastModifiedTime(root.resolve("a"), RECORDED);
        ResultNode a = child(ResultTree.of(root, "1"), "a");
        assertEquals("folder", a.type());
        assertEquals(new ResultNode.Entry("/a", true, 1625569146000L, 97 + 5416), a.data());
        assertEquals("/a last modfied at 2021-07-06 10:59 UTC", a.anchorAttributes().title());
        assertEquals(List.of("/a/console.log", "/a/eplusout.end"),
                a.children().stream().map(n -> n.data().fullPath()).toList());
    }

    @Test
    void theTypeIsTheLowerCaseExtensionOrFile() {
        ResultNode tree = ResultTree.of(root, "1");
        assertEquals(List.of("csv", "file", "folder", "folder", "done!", "csv"),
                tree.children().stream().map(ResultNode::type).toList());
        assertEquals("log", ResultTree.type("console.log", false));
        assertEquals("file", ResultTree.type("trailing.", false));
        assertEquals("folder", ResultTree.type("case.1", true));
    }

    @Test
    void aFolderNotThereIsAnEmptyRoot() {
        ResultNode tree = ResultTree.of(root.resolve("missing"), "5");
        assertEquals("/ total size 0 B", tree.anchorAttributes().title());
        assertTrue(tree.children().isEmpty());
        assertEquals(0, tree.data().size());
    }

    private void write(String relative, int bytes) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[bytes]);
    }

    private static List<String> texts(List<ResultNode> nodes) {
        return nodes.stream().map(ResultNode::text).toList();
    }

    private static ResultNode child(ResultNode parent, String name) {
        return parent.children().stream().filter(n -> n.text().startsWith(name + " (")).findFirst().orElseThrow();
    }
}
