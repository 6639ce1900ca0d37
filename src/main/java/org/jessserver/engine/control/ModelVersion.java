package org.jessserver.engine.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Reads the EnergyPlus "major.minor" version a model (IDF/IMF) is written for, or that an engine reports. */
public final class ModelVersion {

    private static final Logger LOG = Logger.getLogger(ModelVersion.class.getName());

    /** Version is normally among the first objects; a model that hides it deeper than this is treated as unversioned. */
    static final long SCAN_LIMIT = 2L * 1024 * 1024;

    /** Enough to hold "Version, 25.2.0" with generous whitespace; longer objects are never the one we want. */
    private static final int OBJECT_PREFIX = 512;

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,6}))?(?:[.\\-].*)?");
    private static final Pattern BANNER = Pattern.compile("Version\\s+(\\d{1,6})\\.(\\d{1,6})", Pattern.CASE_INSENSITIVE);

    private ModelVersion() {
    }

    /**
     * The model's Version object as "major.minor", if it has one within the first {@value #SCAN_LIMIT} bytes; empty
     * also for an unreadable file, which to the caller is just as unusable.
     */
    public static Optional<String> of(Path model) {
        // Latin-1 byte-for-char: models carry comments in arbitrary encodings and only ASCII matters here.
        try (InputStream in = Files.newInputStream(model)) {
            byte[] buffer = new byte[64 * 1024];
            StringBuilder object = new StringBuilder(64);
            boolean inComment = false;
            boolean lineStart = true;
            long left = SCAN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
                for (int i = 0; i < n; i++) {
                    char c = (char) (buffer[i] & 0xff);
                    if (c == '\n' || c == '\r') {
                        inComment = false;
                        lineStart = true;
                        if (object.length() < OBJECT_PREFIX) {
                            object.append(' ');
                        }
                        continue;
                    }
                    if (inComment) {
                        continue;
                    }
                    // EP-Macro (IMF) directives such as "##include x.imf" are whole lines without a ';'
                    if (c == '!' || (c == '#' && lineStart)) {
                        inComment = true;
                    } else if (c == ';') {
                        Optional<String> version = versionObject(object);
                        if (version.isPresent()) {
                            return version;
                        }
                        object.setLength(0);
                    } else if (object.length() < OBJECT_PREFIX) {
                        object.append(c);
                    }
                    lineStart &= Character.isWhitespace(c);
                }
            }
        } catch (IOException e) {
            LOG.fine(() -> "Cannot read the version of " + model + ": " + e);
        }
        return Optional.empty();
    }

    /** The "major.minor" in an engine's --version output such as "EnergyPlus, Version 25.2.0-cf7368216c". */
    public static Optional<String> ofEngineBanner(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = BANNER.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)))
                : Optional.empty();
    }

    /** "9.3", "8.9.0", "25.2.0-abc" and "9" as "9.3", "8.9", "25.2", "9.0"; anything else is not a version. */
    static Optional<String> majorMinor(String text) {
        Matcher m = NUMBER.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String minor = m.group(2) == null ? "0" : m.group(2);
        return Optional.of(Integer.parseInt(m.group(1)) + "." + Integer.parseInt(minor));
    }

    private static Optional<String> versionObject(CharSequence object) {
        String text = object.toString();
        int comma = text.indexOf(',');
        if (comma < 0 || !text.substring(0, comma).trim().equalsIgnoreCase("Version")) {
            return Optional.empty();
        }
        String field = text.substring(comma + 1);
        int nextComma = field.indexOf(',');
        return majorMinor(nextComma < 0 ? field : field.substring(0, nextComma));
    }
}
