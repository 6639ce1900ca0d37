package org.jessserver.platform.control;

import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads the duration settings (JESS_LEASE, JESS_SESSION_TTL, ...) for MicroProfile Config: "12h", "30m", "2s",
 * "500ms", "7d", a bare number of seconds, or ISO-8601 ("PT12H"), in any case. Registered in
 * META-INF/services, so that a {@code @ConfigProperty Duration} field gets these forms rather than
 * only the ISO-8601 one that {@link Duration#parse} would give it.
 */
public class DurationConverter implements Converter<Duration> {

    static final String FORMS = "write 12h, 30m, 2s, 500ms, 7d, a number of seconds or ISO-8601 (PT12H)";

    @Override
    public Duration convert(String value) {
        // MicroProfile Config's contract: an empty value is no value (the default applies)
        return value == null || value.isBlank() ? null : parse(value);
    }

    /** The duration a setting's text says; the text itself and the forms that work if it says none. */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            char unit = t.charAt(t.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofSeconds(Long.parseLong(t));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            return switch (unit) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 's' -> Duration.ofSeconds(n);
                default -> throw new IllegalArgumentException("unknown unit " + unit);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: " + FORMS, e);
        }
    }
}
