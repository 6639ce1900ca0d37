package org.jessserver.results.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jessserver.platform.control.DisplaySize;
import org.jessserver.results.control.ResultNode.Entry;

/** Builds the tree of a job's result folder that JESS clients render: visible entries, sorted by name. */
public final class ResultTree {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ResultTree() {
    }

    /** The root node of the folder; a folder not (yet) there is an empty root. */
    public static ResultNode of(Path root, String jobId) {
        boolean present = Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS);
        List<ResultNode> children = present ? children(root, "/") : List.of();
        long total = total(children);
        return ResultNode.of(jobId + " [*]", new Entry("/", true, present ? modified(root) : 0, total), "root",
                "/ total size " + DisplaySize.of(total), children);
    }

    /** "folder" for folders; else the lower-case extension ("console.log" is a "log"), or "file" without one. */
    static String type(String name, boolean folder) {
        if (folder) {
            return "folder";
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "file" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<ResultNode> children(Path dir, String parentPath) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> !VisibleFiles.hidden(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ResultNode> out = new ArrayList<>();
        for (Path p : entries) {
            node(p, parentPath + p.getFileName()).ifPresent(out::add);
        }
        return out;
    }

    // symbolic links and other special files are left out: the server writes none, and a link could lead
    // out of the folder
    private static Optional<ResultNode> node(Path p, String fullPath) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // a running case may remove a file between the listing and this look
            return Optional.empty();
        }
        if (!a.isDirectory() && !a.isRegularFile()) {
            return Optional.empty();
        }
        String name = p.getFileName().toString();
        List<ResultNode> children = a.isDirectory() ? children(p, fullPath + "/") : List.of();
        long size = a.isDirectory() ? total(children) : a.size();
        long modified = a.lastModifiedTime().toMillis();
        return Optional.of(ResultNode.of(name + " (" + DisplaySize.of(size) + ")",
                new Entry(fullPath, a.isDirectory(), modified, size), type(name, a.isDirectory()),
                fullPath + " last modfied at " + MINUTE.format(a.lastModifiedTime().toInstant()) + " UTC", children));
    }

    private static long total(List<ResultNode> nodes) {
        return nodes.stream().mapToLong(n -> n.data().size()).sum();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
