package org.jessserver.files.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jessserver.platform.control.InvalidRequestException;

/** Paths that clients give in the upload area: relative to the user's folder, and never leading out of it. */
public final class AreaPaths {

    private AreaPaths() {
    }

    /**
     * The path as '/'-separated names without a leading '/', "" for the root. Refused: '..', '.', hidden
     * names (the area does not show them), backslashes (a Windows path or a trick), control characters.
     */
    public static String relative(String given) {
        String path = given == null ? "" : given;
        if (path.chars().anyMatch(ch -> ch < 32 || ch == 127) || path.indexOf('\\') >= 0) {
            throw unsafe(given);
        }
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(".") || name.equals("..")) {
                throw unsafe(given);
            }
            if (name.startsWith(".")) {
                throw new InvalidRequestException("Unsafe path '" + given
                        + "': names starting with '.' are not used in the upload area");
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > SafeNames.MAX_NAME_BYTES) {
                throw new InvalidRequestException("File name too long in path '" + given + "': at most "
                        + SafeNames.MAX_NAME_BYTES + " bytes are allowed");
            }
            names.add(name);
        }
        String out = String.join("/", names);
        if (out.length() > SafeNames.MAX_PATH) {
            throw new InvalidRequestException("Path too long: at most " + SafeNames.MAX_PATH + " characters are allowed");
        }
        return out;
    }

    /**
     * The checked place of a relative path (from {@link #relative}) in the area; symbolic links whose
     * target is outside the area are refused, whether the path exists yet or not.
     */
    public static Path resolve(Path area, String relative) {
        Path target = area.resolve(relative).normalize();
        if (!target.startsWith(area)) {
            throw unsafe(relative);
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(area)) {
            return target; // the area itself does not exist yet: nothing in it can be a link
        }
        try {
            if (!existing.toRealPath().startsWith(area.toRealPath())) {
                throw unsafe(relative);
            }
        } catch (java.nio.file.NoSuchFileException dangling) {
            throw unsafe(relative); // a link to nowhere
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static InvalidRequestException unsafe(String given) {
        return new InvalidRequestException("Unsafe path '" + given + "': it must stay inside the upload area");
    }
}
