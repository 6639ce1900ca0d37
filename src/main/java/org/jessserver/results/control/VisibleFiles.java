package org.jessserver.results.control;

import java.nio.file.Path;

/** Which files of a job folder clients see: all but the server's own dotfiles (pid and CPU records). */
final class VisibleFiles {

    private VisibleFiles() {
    }

    static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
