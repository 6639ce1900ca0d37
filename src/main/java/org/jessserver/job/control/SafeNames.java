package org.jessserver.job.control;

import java.util.Locale;
import org.jessserver.platform.control.InvalidRequestException;

/** Checks names that come from clients: uploaded file names and zip entries may not leave their folder. */
final class SafeNames {

    private SafeNames() {
    }

    /** The last path element of an uploaded file's name (browsers may send a full path). */
    static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw new InvalidRequestException("A 'file' part has no file name");
        }
        String s = submitted.replace('\\', '/');
        String name = s.substring(s.lastIndexOf('/') + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")
                || name.chars().anyMatch(ch -> ch < 32)) {
            throw new InvalidRequestException("Unsafe file name: '" + submitted + "'");
        }
        return name;
    }

    /** A zip entry name as a relative path; absolute paths, drive letters and '..' are refused. */
    static String zipEntry(String zipName, String entry) {
        String e = entry.replace('\\', '/');
        if (e.startsWith("/") || e.matches("^[A-Za-z]:.*") || e.chars().anyMatch(ch -> ch < 32)) {
            throw new InvalidRequestException("Unsafe entry '" + entry + "' in " + zipName + ": absolute path");
        }
        StringBuilder out = new StringBuilder();
        for (String part : e.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                throw new InvalidRequestException("Unsafe entry '" + entry + "' in " + zipName + ": leaves the folder");
            }
            if (part.startsWith(".") || part.toLowerCase(Locale.ROOT).equals("__macosx")) {
                // hidden files and macOS resource forks are not inputs
                return "";
            }
            out.append(out.length() == 0 ? "" : "/").append(part);
        }
        return out.toString();
    }
}
