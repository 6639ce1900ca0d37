package org.jessserver.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download. Plain ASCII names are sent as JESS sends them; names with quotes,
 * backslashes, '%' or non-ASCII letters also get an RFC 6266 {@code filename*} with the exact UTF-8 name, and
 * an ASCII stand-in in {@code filename} for clients that only read that.
 */
public final class ContentDisposition {

    private static final String HEX = "0123456789ABCDEF";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        if (plain(fileName)) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        return "attachment; filename=\"" + asciiStandIn(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    // '%' counts as not plain: some browsers decode %xx inside filename="..."
    private static boolean plain(String name) {
        return name.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%');
    }

    /** "résumé \"1\".txt" becomes "resume _1_.txt": accents dropped, everything else unsafe becomes '_'. */
    static String asciiStandIn(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        bare.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 5987 value-chars: letters, digits and !#$&+-.^_`|~ as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }
}
