package org.jessserver.platform.control;

import java.time.Duration;
import java.util.Locale;

/** Reads durations written as "12h", "30m", "2s", "500ms", a bare number of seconds, or ISO-8601 ("PT12H"). */
public final class DurationSetting {

    private DurationSetting() {
    }

    public static Duration parse(String name, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            char unit = t.charAt(t.length() - 1);
            String number = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1).trim();
            long n = Long.parseLong(number);
            return switch (unit) {
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'd' -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Setting " + name + " is not a duration: '" + text + "'", e);
        }
    }
}
