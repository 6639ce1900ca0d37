package org.jessserver.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed log-ons per key (an account or a client address): once too many fall within the window, the key
 * is refused for a wait that doubles with each further failure up to a cap. Kept in memory, for at most
 * a fixed number of keys: the least recently failed key is forgotten first, so a flood of made-up e-mails
 * costs a bounded amount of memory.
 */
final class FailureLedger {

    /** failures within window start the refusals (0: never); capacity bounds the keys remembered. */
    record Rules(int failures, Duration window, Duration firstWait, Duration maxWait, int capacity) {
    }

    private final Rules rules;
    private final Clock clock;
    // access order: a key that fails again moves to the young end, the eldest is dropped beyond capacity
    private final Map<String, Entry> entries;

    FailureLedger(Rules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > rules.capacity();
            }
        };
    }

    /** How long the key is still refused, if it is. */
    synchronized Optional<Duration> refusedFor(String key) {
        Entry e = entries.get(key);
        if (e == null || e.lockedUntil == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), e.lockedUntil);
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    synchronized void failed(String key) {
        if (rules.failures() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Entry e = entries.computeIfAbsent(key, k -> new Entry());
        while (!e.failures.isEmpty() && !e.failures.peekFirst().isAfter(now.minus(rules.window()))) {
            e.failures.removeFirst();
        }
        if (e.failures.isEmpty()) {
            e.doublings = 0; // a quiet window forgives the earlier refusals
        }
        e.failures.addLast(now);
        if (e.failures.size() > rules.failures()) {
            e.failures.removeFirst();
        }
        if (e.failures.size() >= rules.failures()) {
            Duration wait = waitAfter(e.doublings);
            e.lockedUntil = now.plus(wait);
            if (wait.compareTo(rules.maxWait()) < 0) {
                e.doublings++;
            }
        }
    }

    synchronized void succeeded(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private Duration waitAfter(int doublings) {
        Duration wait = rules.firstWait().multipliedBy(1L << Math.min(doublings, 30));
        return wait.compareTo(rules.maxWait()) > 0 ? rules.maxWait() : wait;
    }

    /** The recent failures of one key (at most the threshold's number) and its refusal. */
    private static final class Entry {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();
        int doublings;
        Instant lockedUntil;
    }
}
