package org.jessserver.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entity tags (RFC 9110, 8.8.3): a strong tag made from a reply's content, and whether an If-None-Match
 * header matches it ({@code *}, one tag or a list; weak comparison, as the RFC asks for this header).
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** A strong, quoted tag that changes whenever the content does: 128 bits of its SHA-256. */
    public static String strong(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(hash, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Whether the If-None-Match header (null when absent) matches the current tag: then the reply is 304. */
    public static boolean noneMatchHits(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String current = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque(candidate.trim()).equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** The quoted part of a tag, without a weak prefix: weak comparison ignores it. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
