package org.jessserver.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusStreamsTest {

    private static final long OWNER = 7;
    private static final long OTHER = 8;

    private final FakeSse sse = new FakeSse();
    private final StatusStreams streams = new StatusStreams();

    private static StatusEvent event(long job, long owner, long lastUpdate, String tag, boolean terminal) {
        return new StatusEvent(job, owner, lastUpdate, terminal, tag, "{\"job_ID\":" + job + ",\"tag\":\"" + tag + "\"}");
    }

    private FakeSse.Sink open(Long job, String session, long readyAt, List<StatusEvent> first) {
        FakeSse.Sink sink = new FakeSse.Sink();
        streams.open(new StatusStream(sink, sse, OWNER, job, session, readyAt), first);
        return sink;
    }

    @Test
    void aJobStreamSendsItsFirstStateAtOnceAndEachChangeOnce() {
        FakeSse.Sink sink = open(1L, "s", 0, List.of(event(1, OWNER, 100, "a", false)));
        assertEquals(List.of("status 100 {\"job_ID\":1,\"tag\":\"a\"}"), sink.sent);
        streams.deliver(List.of(event(1, OWNER, 100, "a", false)), 10, 0);
        assertEquals(1, sink.sent.size(), "the same state is not sent again");
        streams.deliver(List.of(event(1, OWNER, 100, "b", false), event(2, OWNER, 100, "x", false)), 20, 0);
        assertEquals(2, sink.sent.size(), "a change in the same millisecond is sent; another job is not this stream's");
        assertTrue(sink.sent.get(1).contains("\"tag\":\"b\""));
    }

    @Test
    void aJobStreamEndsAfterItsTerminalState() {
        FakeSse.Sink sink = open(1L, "s", 0, List.of(event(1, OWNER, 100, "a", false)));
        streams.deliver(List.of(event(1, OWNER, 200, "done", true)), 10, 0);
        assertTrue(sink.closed);
        assertTrue(streams.isEmpty());
        FakeSse.Sink ended = open(1L, "s", 0, List.of(event(1, OWNER, 200, "done", true)));
        assertEquals(1, ended.sent.size());
        assertTrue(ended.closed, "a job that has ended: its state, then the end");
        assertTrue(streams.isEmpty());
    }

    @Test
    void theStreamOfAllJobsCarriesEveryJobOfItsOwnerOnlyAndStaysOpen() {
        FakeSse.Sink sink = open(null, "s", 0, List.of());
        assertEquals(List.of(": open"), sink.sent, "opened with a comment, so that the client sees it open");
        streams.deliver(List.of(event(1, OWNER, 100, "a", true), event(2, OTHER, 100, "b", false),
                event(3, OWNER, 101, "c", false)), 10, 0);
        assertEquals(3, sink.sent.size());
        assertTrue(sink.sent.get(1).contains("\"job_ID\":1") && sink.sent.get(2).contains("\"job_ID\":3"));
        assertFalse(sink.closed, "a job's end does not end the stream of all jobs");
        assertEquals(1, streams.size());
    }

    @Test
    void changesReadBeforeAStreamWasReadyAreNotSentToIt() {
        FakeSse.Sink sink = open(1L, "s", 50, List.of(event(1, OWNER, 300, "new", false)));
        streams.deliver(List.of(event(1, OWNER, 200, "older", false)), 40, 0);
        assertEquals(1, sink.sent.size(), "read before the stream's own first state: possibly older");
        streams.deliver(List.of(event(1, OWNER, 400, "newer", false)), 60, 0);
        assertEquals(2, sink.sent.size());
    }

    @Test
    void aStateTheClientHasIsNotSentAgain() {
        FakeSse.Sink sink = new FakeSse.Sink();
        StatusStream stream = new StatusStream(sink, sse, OWNER, 1L, "s", 0);
        stream.alreadyHas(event(1, OWNER, 100, "a", false));
        streams.open(stream, List.of());
        streams.deliver(List.of(event(1, OWNER, 100, "a", false)), 10, 0);
        assertEquals(List.of(": open"), sink.sent);
    }

    @Test
    void statesOlderThanEveryLaterReadAreLetGo() {
        FakeSse.Sink sink = open(null, "s", 0, List.of(event(1, OWNER, 100, "a", false)));
        streams.deliver(List.of(), 10, 99);
        streams.deliver(List.of(event(1, OWNER, 100, "a", false)), 20, 99);
        assertEquals(1, sink.sent.size(), "still within the reads' look-back: remembered");
        streams.deliver(List.of(), 30, 150);
        streams.deliver(List.of(event(1, OWNER, 100, "a", false)), 40, 150);
        assertEquals(2, sink.sent.size(), "let go (a read from 150 on cannot return it)");
    }

    @Test
    void streamsEndWithTheirSessions() {
        FakeSse.Sink kept = open(null, "live", 0, List.of());
        FakeSse.Sink ended = open(1L, "logged-off", 0, List.of(event(1, OWNER, 100, "a", false)));
        assertEquals(Set.of("live", "logged-off"), streams.sessionKeys());
        streams.endUnless(Set.of("live"));
        assertTrue(ended.closed);
        assertFalse(kept.closed);
        assertEquals(Set.of("live"), streams.sessionKeys());
    }

    @Test
    void quietStreamsGetAKeepAliveAndAVanishedClientEndsItsStream() {
        FakeSse.Sink sink = open(null, "s", 0, List.of());
        streams.keepAlive(Long.MAX_VALUE);
        assertEquals(List.of(": open"), sink.sent, "not quiet for long enough");
        streams.keepAlive(0);
        assertEquals(List.of(": open", ": keep-alive"), sink.sent);
        sink.gone = true;
        streams.keepAlive(0);
        assertTrue(sink.closed);
        assertTrue(streams.isEmpty());
    }

    @Test
    void endAllEndsEveryStream() {
        FakeSse.Sink a = open(null, "s", 0, List.of());
        FakeSse.Sink b = open(2L, "s", 0, List.of(event(2, OWNER, 1, "x", false)));
        streams.endAll();
        assertTrue(a.closed && b.closed && streams.isEmpty());
    }
}
