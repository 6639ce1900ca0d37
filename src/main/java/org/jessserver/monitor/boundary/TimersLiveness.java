package org.jessserver.monitor.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.jessserver.monitor.control.TimerAges;
import org.jessserver.platform.control.TimerTicks;

/** /health/live: UP while this instance's timers (lease heartbeat and watch, cancel timer, reaper) keep running. */
@Liveness
@ApplicationScoped
public class TimersLiveness implements HealthCheck {

    @Inject
    TimerTicks ticks;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        Map<String, Duration> ages = TimerAges.at(ticks.lastRuns(), clock.instant());
        Map<String, Duration> stale = TimerAges.stale(ages, TimerAges.LIMIT);
        HealthCheckResponseBuilder reply = HealthCheckResponse.named("timers").status(stale.isEmpty());
        ages.forEach((timer, age) -> reply.withData(timer, "last ran " + TimerAges.seconds(age) + " ago"));
        if (!stale.isEmpty()) {
            reply.withData("problem", stale.entrySet().stream()
                    .map(e -> e.getKey() + " has not run for " + TimerAges.seconds(e.getValue()))
                    .collect(Collectors.joining("; ")) + " (limit " + TimerAges.seconds(TimerAges.LIMIT) + ")");
        }
        return reply.build();
    }
}
