package org.jessserver.results.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The bytes of the visible files under a folder (internal dotfiles do not count, nor links: a jEPlus case's in.epw
 * links to its project's weather file, whose bytes the job's input already counts).
 */
public final class FolderSize {

    private FolderSize() {
    }

    public static long of(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !VisibleFiles.hidden(p))
                    .mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
