package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jessserver.job.entity.CaseKey;
import org.junit.jupiter.api.Test;

class InFlightTest {

    private static final CaseKey KEY = new CaseKey(3, 2);

    private final InFlight inFlight = new InFlight();

    @Test
    void anEndedCaseKeepsItsLeaseUntilItsEndIsCommitted() {
        CaseRun run = new CaseRun(KEY, inFlight.claimed(KEY, System.nanoTime()), null);
        inFlight.ended(run);
        assertEquals(Set.of(KEY), inFlight.leased(), "a database outage must not lose the end to a reclaim");
        assertEquals(Set.of(), inFlight.running());
        inFlight.recorded(run);
        assertEquals(Set.of(), inFlight.leased());
        assertTrue(inFlight.isEmpty());
    }

    @Test
    void aGivenUpCaseIsNotRenewedAndItsStopIsNotAUsersCancel() {
        CaseRun run = new CaseRun(KEY, inFlight.claimed(KEY, System.nanoTime()), null);
        assertTrue(inFlight.abandon(KEY));
        assertTrue(inFlight.abandoned(run));
        assertEquals(Set.of(), inFlight.leased(), "its lease must expire so that another instance can run it");
        assertEquals(Set.of(KEY), inFlight.running(), "its run is still to be stopped");
    }

    @Test
    void aRunThatHasEndedIsNotGivenUp() {
        CaseRun run = new CaseRun(KEY, inFlight.claimed(KEY, System.nanoTime()), null);
        inFlight.ended(run);
        assertFalse(inFlight.abandon(KEY));
        assertEquals(Set.of(KEY), inFlight.leased(), "its end is recorded with the lease kept meanwhile");
    }

    @Test
    void anOldRunsEndDoesNotTouchALaterClaimOfTheSameCase() {
        CaseRun old = new CaseRun(KEY, inFlight.claimed(KEY, System.nanoTime()), null);
        inFlight.abandon(KEY);
        CaseRun again = new CaseRun(KEY, inFlight.claimed(KEY, System.nanoTime()), null);
        assertFalse(inFlight.abandoned(again));
        inFlight.ended(old);
        inFlight.recorded(old);
        assertEquals(Set.of(KEY), inFlight.running(), "the later claim runs on");
        assertEquals(Set.of(KEY), inFlight.leased());
    }

    @Test
    void aCaseInNoExecutorsHandsIsNeverRenewed() {
        assertEquals(Set.of(), inFlight.leased());
    }
}
