package org.jessserver.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimerAgesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");

    @Test
    void onlyTimersQuietLongerThanTheLimitAreStale() {
        Map<String, Instant> last = new LinkedHashMap<>();
        last.put("a", NOW.minusSeconds(1));
        last.put("b", NOW.minusSeconds(10));
        last.put("c", NOW.minusMillis(12_300));
        Map<String, Duration> ages = TimerAges.at(last, NOW);
        assertEquals(Map.of("c", Duration.ofMillis(12_300)), TimerAges.stale(ages, TimerAges.LIMIT));
        assertEquals("12.3 s", TimerAges.seconds(ages.get("c")));
    }

    @Test
    void aRunStampedAfterNowIsNoNegativeAge() {
        assertEquals(Duration.ZERO, TimerAges.at(Map.of("a", NOW.plusSeconds(1)), NOW).get("a"));
    }
}
