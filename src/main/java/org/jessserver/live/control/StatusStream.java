package org.jessserver.live.control;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open event stream: of one job ({@code jobId}) or of all of its owner's jobs (no jobId). It sends each job state
 * once (by tag), ends after its job's terminal state, and is ended by its registry when its session ends.
 * Synchronized: the request that opens it and the timer that feeds it write to it from different threads.
 */
public final class StatusStream {

    private static final Logger LOG = Logger.getLogger(StatusStream.class.getName());

    private final SseEventSink sink;
    private final Sse sse;
    private final long ownerId;
    private final Long jobId;
    private final String sessionKey;
    /** When its first state was read: changes that a timer read before that are not sent (they may be older). */
    private final long readyAt;
    /** The state sent last per job, by tag, with its last update so that the entry can be let go when it is old. */
    private final Map<Long, Sent> sent = new HashMap<>();
    private long lastWrite;
    private boolean closed;

    private record Sent(String tag, long lastUpdate) {
    }

    public StatusStream(SseEventSink sink, Sse sse, long ownerId, Long jobId, String sessionKey, long readyAt) {
        this.sink = sink;
        this.sse = sse;
        this.ownerId = ownerId;
        this.jobId = jobId;
        this.sessionKey = sessionKey;
        this.readyAt = readyAt;
        this.lastWrite = System.nanoTime();
    }

    public long ownerId() {
        return ownerId;
    }

    public String sessionKey() {
        return sessionKey;
    }

    public long readyAt() {
        return readyAt;
    }

    /** Sends the job's state unless this stream does not follow that job or has sent this state already. */
    public synchronized void offer(StatusEvent e) {
        if (closed || e.ownerId() != ownerId || (jobId != null && jobId != e.jobId())) {
            return;
        }
        Sent last = sent.get(e.jobId());
        if (last != null && last.tag().equals(e.tag())) {
            return;
        }
        write(sse.newEventBuilder().name("status").id(Long.toString(e.lastUpdate())).data(e.json()).build());
        sent.put(e.jobId(), new Sent(e.tag(), e.lastUpdate()));
        if (jobId != null && e.terminal()) {
            close();
        }
    }

    /** Counts the state as sent without sending it: the client said (Last-Event-ID) that it has it. */
    public synchronized void alreadyHas(StatusEvent e) {
        sent.put(e.jobId(), new Sent(e.tag(), e.lastUpdate()));
    }

    /** A first comment for a stream that has no state to send yet: it sends the reply's headers, so the client sees it open. */
    public synchronized void greet() {
        write(sse.newEventBuilder().comment("open").build());
    }

    /** A comment line when nothing was written for the period, so that proxies and clients see the stream alive. */
    public synchronized void keepAlive(long now, long periodNanos) {
        if (!closed && now - lastWrite >= periodNanos) {
            write(sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    /** Lets go of the states of jobs that changed before the moment: no change read from now on is that old. */
    public synchronized void forgetBefore(long moment) {
        sent.values().removeIf(s -> s.lastUpdate() < moment);
    }

    public synchronized boolean isClosed() {
        return closed || sink.isClosed();
    }

    public synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Stream already gone", e);
            }
        }
    }

    private void write(OutboundSseEvent event) {
        try {
            sink.send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    close();
                }
            });
            lastWrite = System.nanoTime();
        } catch (RuntimeException e) {
            // the client went away (the sink was closed under us): the stream ends
            close();
        }
    }
}
