package org.jessserver.live.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The open event streams of this instance, by owner: a stream is opened by its request (which returns at once, so
 * no request thread waits on it) and fed by the timer's one query a second for every stream.
 */
@ApplicationScoped
public class StatusStreams {

    private final Map<Long, Set<StatusStream>> byOwner = new ConcurrentHashMap<>();

    /** Sends the stream its first states, then keeps it, unless those already ended it (a job that has ended). */
    public void open(StatusStream stream, List<StatusEvent> first) {
        if (first.isEmpty()) {
            stream.greet();
        }
        first.forEach(stream::offer);
        if (!stream.isClosed()) {
            // atomic per owner, so that a set emptied by dropClosed meanwhile is never the one added to
            byOwner.compute(stream.ownerId(), (owner, set) -> {
                Set<StatusStream> streams = set == null ? ConcurrentHashMap.newKeySet() : set;
                streams.add(stream);
                return streams;
            });
        }
    }

    public boolean isEmpty() {
        return byOwner.isEmpty();
    }

    public int size() {
        return byOwner.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Hands each change to its owner's streams that were ready before the changes were read ({@code readAt}, nano
     * time): a stream opened meanwhile has read a state at least as new itself. Streams forget states older than
     * {@code since}, the oldest change a read can still return.
     */
    public void deliver(List<StatusEvent> changes, long readAt, long since) {
        for (StatusEvent e : changes) {
            Set<StatusStream> streams = byOwner.get(e.ownerId());
            if (streams != null) {
                streams.stream().filter(s -> s.readyAt() < readAt).forEach(s -> s.offer(e));
            }
        }
        all().forEach(s -> s.forgetBefore(since));
        dropClosed();
    }

    /** A comment on every stream idle for the period. */
    public void keepAlive(long periodNanos) {
        long now = System.nanoTime();
        all().forEach(s -> s.keepAlive(now, periodNanos));
        dropClosed();
    }

    /** The sessions of the open streams, to check all at once. */
    public Set<String> sessionKeys() {
        return all().map(StatusStream::sessionKey).collect(Collectors.toSet());
    }

    /** Ends every stream whose session is not among the live ones (logged off, expired, account disabled). */
    public void endUnless(Collection<String> liveSessions) {
        all().filter(s -> !liveSessions.contains(s.sessionKey())).forEach(StatusStream::close);
        dropClosed();
    }

    /** Ends every stream: the application stops, and clients reconnect elsewhere. */
    @PreDestroy
    public void endAll() {
        all().forEach(StatusStream::close);
        byOwner.clear();
    }

    private Stream<StatusStream> all() {
        return byOwner.values().stream().flatMap(Set::stream);
    }

    private void dropClosed() {
        for (Long owner : byOwner.keySet()) {
            byOwner.computeIfPresent(owner, (o, set) -> {
                set.removeIf(StatusStream::isClosed);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
