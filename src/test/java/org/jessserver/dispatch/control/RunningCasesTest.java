package org.jessserver.dispatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.jessserver.engine.control.CaseOutcome;
import org.jessserver.engine.control.RunningCase;
import org.jessserver.job.entity.CaseKey;
import org.junit.jupiter.api.Test;

class RunningCasesTest {

    private static final CaseKey KEY = new CaseKey(3, 2);

    private final RunningCases running = new RunningCases();

    private final RunningCase run = new RunningCase() {
        @Override
        public CaseOutcome await() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stop(Duration grace) {
        }

        @Override
        public long pid() {
            return 1;
        }
    };

    @Test
    void aGivenUpCaseKeepsItsLeaseUnrenewedAfterItsRunHasEndedUntilItIsSettled() {
        running.add(KEY, run, System.nanoTime());
        assertSame(run, running.abandon(KEY));
        assertTrue(running.abandoned(KEY));
        running.remove(KEY);
        assertFalse(running.abandoned(KEY), "a later run of the case is not given up");
        assertEquals(Set.of(KEY), running.givenUp(), "its release failed: the database may still hold it as ours");
        running.settled(KEY);
        assertEquals(Set.of(), running.givenUp());
    }

    @Test
    void aRunThatHasEndedIsNotGivenUp() {
        assertNull(running.abandon(KEY));
        assertFalse(running.abandoned(KEY), "it would mark a later run of the case");
        assertEquals(Set.of(), running.givenUp(), "its worker records its outcome and keeps its lease meanwhile");
    }
}
