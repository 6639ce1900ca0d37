package org.jessserver.files.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jessserver.files.entity.TreeNode;
import org.jessserver.platform.control.DisplaySize;

/** A folder of the upload area as a tree: hidden names and symbolic links are left out, children sorted by name. */
final class AreaTree {

    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private AreaTree() {
    }

    /** The folder asked for: open, named by its path from the area's root ("/test/0", "/" for the root). */
    static TreeNode of(Path folder, String relative) throws IOException {
        String label = "/" + relative;
        return new TreeNode(label, true, true, 0, children(folder), label);
    }

    private static List<TreeNode> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> shown = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Files.isSymbolicLink(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), BY_NAME)).toList();
            List<TreeNode> out = new java.util.ArrayList<>();
            for (Path p : shown) {
                out.add(node(p));
            }
            return out;
        }
    }

    private static TreeNode node(Path p) throws IOException {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeNode(name, false, true, 0, children(p), name);
        }
        long size = Files.size(p);
        return new TreeNode(name, false, false, size, List.of(), name + " (" + DisplaySize.inKilobytes(size) + ")");
    }
}
