package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlurmTimeTest {

    @Test
    void wholeMinutesRoundedUpWithDaysApart() {
        assertEquals("00:01:00", SlurmTime.of(Duration.ofSeconds(1)));
        assertEquals("00:02:00", SlurmTime.of(Duration.ofSeconds(90)));
        assertEquals("00:02:00", SlurmTime.of(Duration.ofMillis(60_001)));
        assertEquals("02:00:00", SlurmTime.of(Duration.ofHours(2)));
        assertEquals("1-00:00:00", SlurmTime.of(Duration.ofDays(1)));
        assertEquals("7-12:30:00", SlurmTime.of(Duration.ofDays(7).plusHours(12).plusMinutes(30)));
    }
}
