package org.jessserver.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationSettingTest {

    @Test
    void readsTheWrittenForms() {
        assertEquals(Duration.ofHours(12), DurationSetting.parse("x", "12h"));
        assertEquals(Duration.ofMinutes(30), DurationSetting.parse("x", "30m"));
        assertEquals(Duration.ofSeconds(2), DurationSetting.parse("x", "2s"));
        assertEquals(Duration.ofSeconds(90), DurationSetting.parse("x", "90"));
        assertEquals(Duration.ofMillis(500), DurationSetting.parse("x", "500ms"));
        assertEquals(Duration.ofHours(2), DurationSetting.parse("x", "PT2H"));
    }

    @Test
    void namesTheSettingWhenItIsNotADuration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DurationSetting.parse("jess.session.ttl", "soon"));
        assertEquals("Setting jess.session.ttl is not a duration: 'soon'", e.getMessage());
    }
}
