package org.jessserver.job.control;

import java.util.List;

/** Finds the uploaded files a user's name for one of them designates: its path in the upload, else its file name. */
final class NamedFile {

    private NamedFile() {
    }

    /** The file at that path if there is one, else every file of that name in any folder (none, one or several). */
    static List<String> matches(List<String> files, String name) {
        // Windows clients send backslashes, and some send the path with a leading slash
        String n = name.trim().replace('\\', '/').replaceFirst("^/+", "");
        List<String> exact = files.stream().filter(f -> f.equals(n)).toList();
        return exact.isEmpty() ? files.stream().filter(f -> f.substring(f.lastIndexOf('/') + 1).equals(n)).toList()
                : exact;
    }
}
