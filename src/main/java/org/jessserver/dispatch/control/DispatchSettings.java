package org.jessserver.dispatch.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How this instance runs cases: workers, lease length, time-out and attempts per case. */
@ApplicationScoped
public class DispatchSettings {

    @Inject
    @ConfigProperty(name = "jess.workers")
    Optional<Integer> workers;

    @Inject
    @ConfigProperty(name = "jess.lease")
    Duration lease;

    @Inject
    @ConfigProperty(name = "jess.case.timeout")
    Duration caseTimeout;

    @Inject
    @ConfigProperty(name = "jess.case.attempts", defaultValue = "2")
    int attempts;

    @PostConstruct
    void check() {
        if (lease.compareTo(Duration.ofSeconds(10)) < 0) {
            // the heartbeat renews every 3 s; a shorter lease would expire between beats
            throw new IllegalArgumentException("jess.lease must be at least 10s, not " + lease.toMillis() + "ms");
        }
    }

    public int workers() {
        return workers.filter(n -> n > 0).orElse(Runtime.getRuntime().availableProcessors());
    }

    public Duration lease() {
        return lease;
    }

    public Duration caseTimeout() {
        return caseTimeout;
    }

    /** Runs of one case before a lost executor makes it fail rather than run again. */
    public int maxAttempts() {
        return Math.max(1, attempts);
    }
}
