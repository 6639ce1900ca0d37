package org.jessserver.dispatch.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jessserver.job.entity.CaseKey;

/**
 * The cases this instance has claimed and not yet recorded: running, or ended with an end still to commit. Their
 * leases are this instance's to renew, except for runs it gave up (lost touch with the database), whose leases must
 * expire so that another instance can take them over. A case that is in no executor's hands is never renewed.
 */
@ApplicationScoped
public class InFlight {

    /** One claim of a case; a later claim of the same case is another flight. */
    private static final class Flight {
        final long claim;
        final long claimedNanos;
        volatile boolean ended;
        volatile boolean abandoned;

        Flight(long claim, long claimedNanos) {
            this.claim = claim;
            this.claimedNanos = claimedNanos;
        }
    }

    private final Map<CaseKey, Flight> flights = new ConcurrentHashMap<>();
    private final AtomicLong claims = new AtomicLong();

    /** The case was claimed at {@code claimedNanos} (System.nanoTime()); returns the claim's number. */
    long claimed(CaseKey key, long claimedNanos) {
        long claim = claims.incrementAndGet();
        flights.put(key, new Flight(claim, claimedNanos));
        return claim;
    }

    /** The run ended; its case stays in flight (and leased, unless given up) until its end is committed. */
    void ended(CaseRun run) {
        flights.computeIfPresent(run.key(), (k, f) -> {
            if (f.claim == run.claim()) {
                f.ended = true;
            }
            return f;
        });
    }

    /** The run's end (or its release) is committed: the case is no longer this instance's. */
    void recorded(CaseRun run) {
        flights.computeIfPresent(run.key(), (k, f) -> f.claim == run.claim() ? null : f);
    }

    /** Marks a running case as given up, for the caller to stop; false when its run has ended meanwhile. */
    boolean abandon(CaseKey key) {
        Flight f = flights.computeIfPresent(key, (k, flight) -> {
            if (!flight.ended) {
                flight.abandoned = true;
            }
            return flight;
        });
        return f != null && f.abandoned && !f.ended;
    }

    /** Whether this run was given up: a stop that ends it is not the user's, and the case is not ours to record. */
    boolean abandoned(CaseRun run) {
        Flight f = flights.get(run.key());
        return f != null && f.claim == run.claim() && f.abandoned;
    }

    /** When the case was claimed, by System.nanoTime(); empty when it is not in flight. */
    OptionalLong claimedAt(CaseKey key) {
        Flight f = flights.get(key);
        return f == null ? OptionalLong.empty() : OptionalLong.of(f.claimedNanos);
    }

    /** The cases whose leases this instance renews: every one in flight that it has not given up. */
    public Set<CaseKey> leased() {
        return flights.entrySet().stream().filter(e -> !e.getValue().abandoned).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The cases whose runs have not ended. */
    Set<CaseKey> running() {
        return flights.entrySet().stream().filter(e -> !e.getValue().ended).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean isEmpty() {
        return flights.isEmpty();
    }
}
