package org.jessserver.jeplus.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jessserver.platform.control.InvalidRequestException;

/**
 * A project's file lists (jeplus.md §2.3): {@code ;}-separated names, {@code .lst} list files expanded in place,
 * every file inside the upload and existing. Also the one place that confines a project path to the upload.
 */
public final class FileList {

    private FileList() {
    }

    /**
     * The files of {@code list} (the value of field {@code field}), resolved against {@code dir}, in list order;
     * each position is the file's W or T index.
     */
    public static List<Path> resolve(String field, String list, Path dir, Path uploadRoot) {
        List<Path> files = new ArrayList<>();
        for (String entry : split(list)) {
            Path file = existing(field, entry, dir, uploadRoot);
            if (entry.toLowerCase(Locale.ROOT).endsWith(".lst")) {
                for (String name : listFileNames(file)) {
                    files.add(existing(field + " (in " + entry + ")", name, dir, uploadRoot));
                }
            } else {
                files.add(file);
            }
        }
        return files;
    }

    /** The entries of a {@code ;}-separated list, trimmed, without empty ones. */
    static List<String> split(String list) {
        List<String> entries = new ArrayList<>();
        for (String part : list.split(";")) {
            if (!part.isBlank()) {
                entries.add(part.trim());
            }
        }
        return entries;
    }

    /** {@code name} resolved against {@code dir}: it must lie inside the upload and be an existing regular file. */
    public static Path existing(String field, String name, Path dir, Path uploadRoot) {
        Path file = inside(field, name, dir, uploadRoot);
        if (!Files.isRegularFile(file)) {
            throw new InvalidRequestException(field + ": file not found: " + name);
        }
        return file;
    }

    /**
     * {@code name} resolved against {@code dir}, absolute and normalised, refused when it leaves the upload (also
     * through a symbolic link). jEPlus lets {@code ..} escape the project; the server must not (§2.1).
     */
    public static Path inside(String field, String name, Path dir, Path uploadRoot) {
        // projects written on Windows use backslashes; on the server they can only mean folder separators
        String portable = name.replace('\\', '/');
        Path root = uploadRoot.toAbsolutePath().normalize();
        Path path;
        try {
            path = dir.toAbsolutePath().resolve(portable).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InvalidRequestException(field + ": invalid path: " + name);
        }
        if (!path.startsWith(root) || !realPathInside(path, root)) {
            throw new InvalidRequestException(field + ": path leaves the uploaded project: " + name);
        }
        return path;
    }

    private static boolean realPathInside(Path path, Path root) {
        if (!Files.exists(path)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of a {@code .lst} file: one per line, comments from the first {@code #} or {@code !}. */
    private static List<String> listFileNames(Path lst) {
        List<String> names = new ArrayList<>();
        for (String line : lines(lst)) {
            String name = withoutComment(line, "#!").trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** {@code line} up to the first of the {@code markers}. */
    static String withoutComment(String line, String markers) {
        for (int i = 0; i < line.length(); i++) {
            if (markers.indexOf(line.charAt(i)) >= 0) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** A text file's lines; bytes that are not UTF-8 are replaced rather than refused. */
    static List<String> lines(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
