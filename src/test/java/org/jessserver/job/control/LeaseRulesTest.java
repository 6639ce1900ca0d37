package org.jessserver.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

// the times are read from clocks as the server reads them: a fixed one at the claim, offset ones later
class LeaseRulesTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Clock CLAIMED = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    private static final long CLAIM_MILLIS = CLAIMED.millis();

    private static Instant after(Duration d) {
        return Clock.offset(CLAIMED, d).instant();
    }

    /** As the expired-lease queries select: {@code lease_until < :before}. */
    private static boolean expired(long leaseUntil, Instant now) {
        return leaseUntil < LeaseRules.expiredBefore(now);
    }

    /** As the stalled-jobs query selects: {@code last_update < :t}. */
    private static boolean stalled(long lastUpdate, Instant now, Duration lease) {
        return lastUpdate < LeaseRules.stalledBefore(now, lease);
    }

    @Test
    void aLeaseRunsOneLeaseLengthFromItsClaim() {
        assertEquals(CLAIM_MILLIS + 60_000, LeaseRules.until(CLAIMED.instant(), LEASE));
    }

    @Test
    void aLeaseIsHeldUntilItsEnd() {
        long until = LeaseRules.until(CLAIMED.instant(), LEASE);
        assertFalse(expired(until, CLAIMED.instant()), "just claimed");
        assertFalse(expired(until, after(LEASE.minusMillis(1))), "a millisecond before its end");
    }

    @Test
    void aLeaseThatEndsNowIsStillHeld() {
        long until = LeaseRules.until(CLAIMED.instant(), LEASE);
        assertFalse(expired(until, after(LEASE)));
    }

    @Test
    void aLeaseHasExpiredJustAfterItsEnd() {
        long until = LeaseRules.until(CLAIMED.instant(), LEASE);
        assertTrue(expired(until, after(LEASE.plusMillis(1))));
        assertTrue(expired(until, after(LEASE.multipliedBy(10))));
    }

    @Test
    void aRenewalMovesTheEndOn() {
        Instant renewed = after(Duration.ofSeconds(3));
        long until = LeaseRules.until(renewed, LEASE);
        assertFalse(expired(until, after(LEASE.plusMillis(1))), "the first lease's end has passed");
        assertTrue(expired(until, after(LEASE.plusSeconds(3).plusMillis(1))));
    }

    @Test
    void theExpiredLeaseQueryCutsOffAtNow() {
        assertEquals(after(LEASE).toEpochMilli(), LeaseRules.expiredBefore(after(LEASE)));
    }

    @Test
    void aWaitingPreparationHasNotStalledWithinOneLease() {
        assertFalse(stalled(CLAIM_MILLIS, CLAIMED.instant(), LEASE), "just changed");
        assertFalse(stalled(CLAIM_MILLIS, after(LEASE.minusMillis(1)), LEASE));
        assertFalse(stalled(CLAIM_MILLIS, after(LEASE), LEASE), "exactly one lease ago");
    }

    @Test
    void aWaitingPreparationHasStalledAfterOneLease() {
        assertTrue(stalled(CLAIM_MILLIS, after(LEASE.plusMillis(1)), LEASE));
        assertEquals(CLAIM_MILLIS, LeaseRules.stalledBefore(after(LEASE), LEASE),
                "the stalled-jobs query takes jobs changed before one lease ago");
    }

    @Test
    void aLongerLeaseWaitsLongerBeforeAPreparationCountsAsStalled() {
        Duration longer = Duration.ofMinutes(5);
        assertFalse(stalled(CLAIM_MILLIS, after(LEASE.plusMillis(1)), longer));
        assertTrue(stalled(CLAIM_MILLIS, after(longer.plusMillis(1)), longer));
    }
}
