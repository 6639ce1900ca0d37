package org.jessserver.monitor.control;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long ago each timer last ran, and which have been quiet longer than the limit: the liveness rule. */
public final class TimerAges {

    /** The timers run every 1 to 3 seconds: 10 seconds of silence is a timer that stopped, not a slow tick. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private TimerAges() {
    }

    /** Each timer's time since its last run at {@code now}, in the map's order. */
    public static Map<String, Duration> at(Map<String, Instant> lastRuns, Instant now) {
        Map<String, Duration> ages = new LinkedHashMap<>();
        lastRuns.forEach((timer, last) -> ages.put(timer, Duration.between(last, now).isNegative()
                ? Duration.ZERO : Duration.between(last, now)));
        return ages;
    }

    /** The timers quiet for longer than the limit. */
    public static Map<String, Duration> stale(Map<String, Duration> ages, Duration limit) {
        Map<String, Duration> out = new LinkedHashMap<>();
        ages.forEach((timer, age) -> {
            if (age.compareTo(limit) > 0) {
                out.put(timer, age);
            }
        });
        return out;
    }

    /** "12.3 s". */
    public static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
