package org.jessserver.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The machine's processes as /proc shows them, for tests that check what a run leaves behind. */
public final class Processes {

    private Processes() {
    }

    /**
     * The living processes working in the folder or below it. Every process of a case runs in its case folder, and
     * re-parented ones are nobody's descendants any more, so this finds what a search by ancestry misses.
     */
    public static Set<Long> workingIn(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Set<Long> found = new HashSet<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readSymbolicLink(p.resolve("cwd")).startsWith(root) && alive(Long.parseLong(name))) {
                        found.add(Long.parseLong(name));
                    }
                } catch (IOException | SecurityException e) {
                    // gone meanwhile, or not ours to see
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The arguments joined by spaces; empty for a process that is gone. */
    public static String commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Alive and not a zombie: an orphan may stay a zombie for a while until init reaps it, yet it runs no more. */
    public static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
