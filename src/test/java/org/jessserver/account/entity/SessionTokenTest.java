package org.jessserver.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

// the same rule decides a request's caller (the LIVE_CALLER query: expiresAt > now) and a refusal's words
class SessionTokenTest {

    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final Clock ISSUED = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private static SessionToken issued() {
        return new SessionToken("digest", null, ISSUED.millis(), ISSUED.millis() + LIFETIME.toMillis());
    }

    private static long after(Duration d) {
        return Clock.offset(ISSUED, d).millis();
    }

    @Test
    void aSessionIsLiveUntilJustBeforeItsEnd() {
        assertFalse(issued().isExpiredAt(ISSUED.millis()));
        assertFalse(issued().isExpiredAt(after(LIFETIME.minusMillis(1))));
    }

    @Test
    void aSessionHasExpiredAtItsEnd() {
        assertTrue(issued().isExpiredAt(after(LIFETIME)));
        assertTrue(issued().isExpiredAt(after(LIFETIME.plusMillis(1))));
    }

    @Test
    void aReplacedSessionFadesOutAtTheGivenMoment() {
        SessionToken old = issued();
        old.expireNoLaterThan(after(Duration.ofSeconds(30)));
        assertFalse(old.isExpiredAt(after(Duration.ofSeconds(30).minusMillis(1))));
        assertTrue(old.isExpiredAt(after(Duration.ofSeconds(30))));
    }

    @Test
    void fadingOutNeverLengthensASession() {
        SessionToken old = issued();
        old.expireNoLaterThan(after(LIFETIME.plusHours(1)));
        assertEquals(after(LIFETIME), old.getExpiresAt());
    }
}
