package org.jessserver.files.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes a user's upload area holds, counted from the files themselves (no stored total to drift). */
final class AreaUsage {

    private AreaUsage() {
    }

    static long bytes(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).mapToLong(AreaUsage::size).sum();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException gone) {
            return 0; // deleted while we counted
        }
    }
}
