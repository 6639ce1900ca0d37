package org.jessserver.files.control;

import java.util.Locale;

/** The size shown in a tree node's name as JESS writes it: 1000-based KB, MB, GB with two decimals, or one from 100 up. */
public final class SizeText {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB"};

    private SizeText() {
    }

    /** 167 is "0.17 KB", 223949 is "223.9 KB", 1439809 is "1.44 MB" (JESS never shows bytes). */
    public static String of(long bytes) {
        double value = Math.max(bytes, 0) / 1000.0;
        int unit = 0;
        // the unit is chosen after rounding, so 999999 bytes reads "1.00 MB", not "1000.0 KB"
        while (unit < UNITS.length - 1 && rounded(value) >= 1000) {
            value /= 1000;
            unit++;
        }
        return number(value) + " " + UNITS[unit];
    }

    private static double rounded(double value) {
        return Double.parseDouble(number(value));
    }

    private static String number(double value) {
        String two = String.format(Locale.ROOT, "%.2f", value);
        return Double.parseDouble(two) >= 100 ? String.format(Locale.ROOT, "%.1f", value) : two;
    }
}
