package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsTheWrittenForms() {
        assertEquals(Duration.ofHours(12), converter.convert("12h"));
        assertEquals(Duration.ofMinutes(30), converter.convert("30m"));
        assertEquals(Duration.ofSeconds(2), converter.convert("2s"));
        assertEquals(Duration.ofSeconds(90), converter.convert("90"));
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofDays(7), converter.convert("7d"));
        assertEquals(Duration.ofHours(2), converter.convert("PT2H"));
    }

    @Test
    void readsUpperCaseSpacesAroundAndBetweenAndLowerCaseIso() {
        assertEquals(Duration.ofHours(12), converter.convert(" 12H "));
        assertEquals(Duration.ofMillis(500), converter.convert("500 MS"));
        assertEquals(Duration.ofMinutes(15), converter.convert("15 m"));
        assertEquals(Duration.ofMinutes(90), converter.convert("pt1h30m"));
    }

    @Test
    void anEmptyValueIsNoValueSoThatTheDefaultApplies() {
        assertNull(converter.convert(""));
        assertNull(converter.convert("  "));
    }

    @Test
    void saysWhatIsWrongAndWhatWouldWork() {
        for (String bad : new String[] {"soon", "12 hours", "5x", "1.5h", "h", "PT", "99999999999999999d"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> converter.convert(bad), bad);
            assertEquals("'" + bad + "' is not a duration: write 12h, 30m, 2s, 500ms, 7d, a number of seconds"
                    + " or ISO-8601 (PT12H)", e.getMessage());
        }
    }
}
