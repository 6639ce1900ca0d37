package org.jessserver.results.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A job's folder as clients see it: a tree, a zip of (some of) its files, one file by relative path. */
public record ResultFolder(Path root) {

    /** The folder as the tree JESS clients render, its root named after the job. */
    public ResultNode tree(String jobId) {
        return ResultTree.of(root, jobId);
    }

    /** Streams the visible files as a zip; with extensions given, only files that end in one of them. */
    public void zip(Set<String> extensions, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            // as the tree, links are left out: one planted in the folder could lead out of it
            files = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !hiddenOnTheWay(p))
                    .filter(p -> wanted(p, extensions)).sorted().toList();
        }
        for (Path p : files) {
            zip.putNextEntry(new ZipEntry(root.relativize(p).toString().replace('\\', '/')));
            Files.copy(p, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** A file inside the folder; empty for a path that leaves it, a folder, a hidden file or nothing at all. */
    public Optional<Path> file(String relative) {
        if (relative == null || relative.isBlank() || relative.contains("\0")) {
            return Optional.empty();
        }
        Path p = root.resolve(relative.replace('\\', '/')).normalize();
        if (!p.startsWith(root) || p.equals(root) || hiddenOnTheWay(p) || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            // a symbolic link planted in the folder must not lead outside it either
            return p.toRealPath().startsWith(root.toRealPath()) ? Optional.of(p) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Parses "err,csv" or ".err, .CSV" into lower-case extensions without dots. */
    public static Set<String> extensions(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        Set<String> out = new java.util.TreeSet<>();
        for (String e : list.split(",")) {
            String x = e.trim().toLowerCase(Locale.ROOT);
            x = x.startsWith(".") ? x.substring(1) : x;
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    private boolean hiddenOnTheWay(Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean wanted(Path p, Set<String> extensions) {
        if (extensions.isEmpty()) {
            return true;
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && extensions.contains(name.substring(dot + 1));
    }
}
