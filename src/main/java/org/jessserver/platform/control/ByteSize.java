package org.jessserver.platform.control;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes, as a size setting (JESS_UPLOAD_MAX_BYTES, ...) writes it: a plain count ("67108864"), or a
 * whole number with a unit, in any case and with or without a space: B; KiB, MiB, GiB, TiB (powers of 1024);
 * KB, MB, GB, TB (powers of 1000). "64MiB" is 67108864, "10 GB" is 10000000000.
 */
public record ByteSize(long bytes) {

    static final String FORMS = "write a number of bytes, or one with a unit: 64MiB, 1 GiB, 10GB (KiB, MiB, GiB, TiB: powers"
            + " of 1024; KB, MB, GB, TB: powers of 1000)";

    private static final Pattern SIZE = Pattern.compile("([+-]?\\d+)\\s*([a-z]*)");
    private static final Map<String, Long> UNITS = Map.of(
            "", 1L, "b", 1L,
            "kib", 1L << 10, "mib", 1L << 20, "gib", 1L << 30, "tib", 1L << 40,
            "kb", 1_000L, "mb", 1_000_000L, "gb", 1_000_000_000L, "tb", 1_000_000_000_000L);

    /** The size a setting's text says; the text itself and the forms that work if it says none. */
    public static ByteSize parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        Long unit = m.matches() ? UNITS.get(m.group(2)) : null;
        if (unit == null) {
            throw new IllegalArgumentException("'" + text + "' is not a size: " + FORMS);
        }
        try {
            return new ByteSize(Math.multiplyExact(Long.parseLong(m.group(1)), unit));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is more bytes than the server can count", e);
        }
    }
}
