package org.jessserver.live.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.jessserver.live.control.StatusEvent;
import org.jessserver.live.control.StatusStream;
import org.jessserver.live.control.StatusStreams;

/**
 * An accepted stream call: registers the sink with its first states and returns. Jersey keeps the response open
 * asynchronously, so no request thread is held while the stream lives.
 */
public class StreamOpening {

    private final StatusStreams streams;
    private final long ownerId;
    private final Long jobId;
    private final String sessionKey;
    private final long readAt;
    private final List<StatusEvent> first;
    private final List<StatusEvent> known;

    /** {@code first} are sent at once, {@code known} the client already has (Last-Event-ID); both read at {@code readAt}. */
    StreamOpening(StatusStreams streams, long ownerId, Long jobId, String sessionKey, long readAt,
                  List<StatusEvent> first, List<StatusEvent> known) {
        this.streams = streams;
        this.ownerId = ownerId;
        this.jobId = jobId;
        this.sessionKey = sessionKey;
        this.readAt = readAt;
        this.first = first;
        this.known = known;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void open(@Context SseEventSink sink, @Context Sse sse) {
        StatusStream stream = new StatusStream(sink, sse, ownerId, jobId, sessionKey, readAt);
        known.forEach(stream::alreadyHas);
        streams.open(stream, first);
    }
}
