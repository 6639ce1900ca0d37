package org.jessserver.live.control;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A stand-in for the JAX-RS SSE runtime: a sink that records what is sent as "name id data" or ": comment". */
final class FakeSse implements Sse {

    @Override
    public OutboundSseEvent.Builder newEventBuilder() {
        return new Builder();
    }

    @Override
    public SseBroadcaster newBroadcaster() {
        throw new UnsupportedOperationException();
    }

    /** A sink that keeps what it is sent; {@code gone} makes every send fail as a vanished client's does. */
    static final class Sink implements SseEventSink {
        final List<String> sent = new ArrayList<>();
        boolean closed;
        boolean gone;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent e) {
            if (gone) {
                return CompletableFuture.failedFuture(new java.io.IOException("broken pipe"));
            }
            sent.add(e.getComment() != null ? ": " + e.getComment() : e.getName() + " " + e.getId() + " " + e.getData());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class Builder implements OutboundSseEvent.Builder {
        private String id;
        private String name;
        private String comment;
        private Object data;

        @Override
        public OutboundSseEvent.Builder id(String id) {
            this.id = id;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder reconnectDelay(long milliseconds) {
            return this;
        }

        @Override
        public OutboundSseEvent.Builder mediaType(MediaType mediaType) {
            return this;
        }

        @Override
        public OutboundSseEvent.Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(Class type, Object data) {
            this.data = data;
            return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public OutboundSseEvent.Builder data(GenericType type, Object data) {
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent.Builder data(Object data) {
            this.data = data;
            return this;
        }

        @Override
        public OutboundSseEvent build() {
            String i = id;
            String n = name;
            String c = comment;
            Object d = data;
            return new OutboundSseEvent() {
                public Class<?> getType() { return d == null ? null : d.getClass(); }
                public Type getGenericType() { return getType(); }
                public MediaType getMediaType() { return MediaType.TEXT_PLAIN_TYPE; }
                public Object getData() { return d; }
                public String getId() { return i; }
                public String getName() { return n; }
                public String getComment() { return c; }
                public long getReconnectDelay() { return RECONNECT_NOT_SET; }
                public boolean isReconnectDelaySet() { return false; }
            };
        }
    }
}
