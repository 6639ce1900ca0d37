package org.jessserver.results.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts as JESS shows them in its result tree: 1000-based units, "97 B", "5.42 kB", "223.9 kB". */
public final class DisplaySize {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private DisplaySize() {
    }

    public static String of(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        int unit = 1;
        while (unit < UNITS.length - 1 && bytes >= Math.pow(1000, unit + 1)) {
            unit++;
        }
        BigDecimal shown = rounded(bytes, unit);
        // 999.96 kB would read "1000.0 kB": the next unit says it with the usual number of digits
        if (shown.compareTo(BigDecimal.valueOf(1000)) >= 0 && unit < UNITS.length - 1) {
            shown = rounded(bytes, ++unit);
        }
        return shown.toPlainString() + " " + UNITS[unit];
    }

    // JESS divides in single precision and rounds the exact binary value: 62315 B is the float 62.3149986...,
    // so "62.31 kB", and 13895 B is 13.8950004..., so "13.90 kB"; this matches every size of its recorded replies
    private static BigDecimal rounded(long bytes, int unit) {
        BigDecimal value = new BigDecimal((float) (bytes / Math.pow(1000, unit)));
        BigDecimal twoDecimals = value.setScale(2, RoundingMode.HALF_EVEN);
        // 99.996 is "100.0", not "100.00"
        return twoDecimals.compareTo(HUNDRED) < 0 ? twoDecimals : value.setScale(1, RoundingMode.HALF_EVEN);
    }
}
