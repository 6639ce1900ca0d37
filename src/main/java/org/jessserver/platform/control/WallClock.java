package org.jessserver.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The wall clock that state rules (leases, stalls, time stamps) read, as a bean, so that the rules can be
 * unit-tested with a fixed or offset {@link Clock}. UTC: every time the server stores is epoch milliseconds.
 */
@ApplicationScoped
public class WallClock {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
