package org.jessserver.files.control;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jessserver.platform.control.InvalidRequestException;

/** Checks names that come from clients: uploaded file names and zip entries may not leave their folder. */
public final class SafeNames {

    /** What one file name may take on Linux and most other file systems. */
    public static final int MAX_NAME_BYTES = 255;

    /** What the database keeps of a model's or weather file's path in the upload. */
    public static final int MAX_PATH = 1000;

    private SafeNames() {
    }

    /** The last path element of an uploaded file's name (browsers may send a full path). */
    public static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw new InvalidRequestException("A 'file' part has no file name");
        }
        String s = submitted.replace('\\', '/');
        String name = s.substring(s.lastIndexOf('/') + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")
                || name.chars().anyMatch(ch -> ch < 32)) {
            throw new InvalidRequestException("Unsafe file name: '" + submitted + "'");
        }
        checkLength(name, submitted);
        return name;
    }

    /** A zip entry name as a relative path; absolute paths, drive letters and '..' are refused. */
    public static String zipEntry(String zipName, String entry) {
        String e = entry.replace('\\', '/');
        if (e.startsWith("/") || e.matches("^[A-Za-z]:.*")) {
            throw new InvalidRequestException("Unsafe entry '" + entry + "' in " + zipName + ": absolute path");
        }
        if (e.chars().anyMatch(ch -> ch < 32)) {
            throw new InvalidRequestException("Unsafe entry '" + entry + "' in " + zipName
                    + ": control character in the name");
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
            checkLength(part, zipName + ": " + entry);
            out.append(out.length() == 0 ? "" : "/").append(part);
        }
        if (out.length() > MAX_PATH) {
            throw new InvalidRequestException("Path too long in " + zipName + ": '" + shortened(entry) + "' has "
                    + out.length() + " characters, at most " + MAX_PATH + " are allowed");
        }
        return out.toString();
    }

    private static void checkLength(String name, String where) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new InvalidRequestException("File name too long: '" + shortened(where) + "' has " + bytes
                    + " bytes, at most " + MAX_NAME_BYTES + " are allowed");
        }
    }

    private static String shortened(String s) {
        return s.length() <= 80 ? s : s.substring(0, 60) + "..." + s.substring(s.length() - 17);
    }
}
