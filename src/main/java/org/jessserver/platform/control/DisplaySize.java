package org.jessserver.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Byte counts as JESS shows them beside a name: 1000-based units, two decimals below 100 and one from
 * 100. Its result trees write "97 B", "5.42 kB"; its upload area never shows bytes: "0.17 KB", "223.9 KB".
 */
public final class DisplaySize {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static final String[] RESULT_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    private static final String[] AREA_UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

    private DisplaySize() {
    }

    /** As in a job's result tree: "0 B", "97 B", "5.42 kB", "1.55 MB". */
    public static String of(long bytes) {
        if (bytes < 1000) {
            return Math.max(bytes, 0) + " B";
        }
        return scaled(bytes, RESULT_UNITS);
    }

    /** As in the upload area's tree: "0.17 KB", "223.9 KB", "1.44 MB", never in bytes. */
    public static String inKilobytes(long bytes) {
        return scaled(Math.max(bytes, 0), AREA_UNITS);
    }

    private static String scaled(long bytes, String[] units) {
        int unit = 1;
        while (unit < units.length - 1 && bytes >= Math.pow(1000, unit + 1)) {
            unit++;
        }
        BigDecimal shown = rounded(bytes, unit);
        // 999.96 kB would read "1000.0 kB": the next unit says it with the usual number of digits
        if (shown.compareTo(THOUSAND) >= 0 && unit < units.length - 1) {
            shown = rounded(bytes, ++unit);
        }
        return shown.toPlainString() + " " + units[unit];
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
