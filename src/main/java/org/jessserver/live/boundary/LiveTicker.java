package org.jessserver.live.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jessserver.account.control.LiveSessions;
import org.jessserver.job.control.Jobs;
import org.jessserver.live.control.LiveSettings;
import org.jessserver.live.control.StatusEvent;
import org.jessserver.live.control.StatusStreams;

/**
 * The one timer that feeds every live stream of this instance: each second, while any stream is open, one query
 * for the jobs changed (on any instance) since shortly before the last one, handed to their owners' streams; every
 * few seconds one query for the sessions of all streams; a comment on quiet streams.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveTicker {

    private static final Logger LOG = Logger.getLogger(LiveTicker.class.getName());

    @Inject
    StatusStreams streams;

    @Inject
    Jobs jobs;

    @Inject
    LiveSessions sessions;

    @Inject
    LiveSettings settings;

    @Inject
    Clock clock;

    /** When the last read of changes began (this instance's clock); 0 while no stream is open. */
    private long lastRead;
    private long lastSessionCheck = System.nanoTime();

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (streams.isEmpty()) {
            lastRead = 0;
            return;
        }
        try {
            deliverChanges();
            checkSessions();
        } catch (RuntimeException e) {
            // a database that does not answer: the streams stay open, and the next read goes back to the last good one
            LOG.log(Level.WARNING, "Live streams not fed in this tick; the next one catches up", e);
        }
        streams.keepAlive(LiveSettings.KEEP_ALIVE.toNanos());
    }

    private void deliverChanges() {
        long now = clock.millis();
        long since = (lastRead == 0 ? now : Math.min(lastRead, now)) - settings.margin().toMillis();
        long readAt = System.nanoTime();
        List<StatusEvent> changes = jobs.changedSince(since).stream().map(StatusEvents::of).toList();
        lastRead = now;
        streams.deliver(changes, readAt, since);
    }

    private void checkSessions() {
        long now = System.nanoTime();
        if (now - lastSessionCheck >= LiveSettings.SESSION_CHECK.toNanos()) {
            lastSessionCheck = now;
            streams.endUnless(sessions.liveAmong(streams.sessionKeys()));
        }
    }
}
